// Components editors can use in MDX without importing them.
import Figure from '../Figure.astro';

export const mdxComponents = { Figure };
