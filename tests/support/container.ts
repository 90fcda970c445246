// Renders an Astro component with Astro's Container API and parses the HTML (component tests).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHtml } from './html.ts';

let container: Promise<AstroContainer> | undefined;

export async function renderComponent(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown> = {}) {
  container ??= AstroContainer.create();
  return parseHtml(await (await container).renderToString(component, { props }));
}

/** The time the component tests show: the Ba Đình article's, 13:57 on 20/01/2021 in Vietnam. */
export const PUBLISHED = new Date('2021-01-20T13:57:00+07:00');
