// A worker thread of the article renderer (./article-renderers.ts): builds the site's Markdown processor
// from the same configuration file, then renders the bodies it is sent, one at a time.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { createBodyRenderer, unifiedProcessorOf, type BodyToRender, type RenderWorkerData } from './article-renderers.ts';

const { configFile, shared } = workerData as RenderWorkerData;
const { default: config } = (await import(pathToFileURL(configFile).href)) as { default: Parameters<typeof unifiedProcessorOf>[0] };
const render = await createBodyRenderer(unifiedProcessorOf(config), shared);

parentPort!.on('message', async ({ id, body }: { id: number; body: BodyToRender }) => {
  try {
    parentPort!.postMessage({ id, body: await render(body) });
  } catch (error) {
    const { message, reason, line, column } = error as { message?: string; reason?: string; line?: number; column?: number };
    parentPort!.postMessage({ id, error: { message: message ?? String(error), reason, line, column } });
  }
});
