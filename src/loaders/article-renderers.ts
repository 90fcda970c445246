// How article bodies are rendered, Markdown and MDX alike: through the site's Markdown processor
// (markdown.processor in astro.config.mjs), as Astro's Markdown entry type does, MDX with its syntax,
// the article rule and the components added (nothing in an article runs).
//
// A build that renders many bodies (a cold build renders every article: ~45 s of one thread at 10,000)
// renders them in worker threads as well (./render-worker.ts), each with the same processor built from
// the same configuration, so the output is the same whichever thread rendered a body.
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import {
  createMarkdownProcessor,
  isUnifiedProcessor,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkMdxContent from '../markdown/remark-mdx-content.ts';
import rehypeArticleComponents, { MDX_JSX_NODE_TYPES } from '../markdown/rehype-article-components.ts';
import { keptOnDisk, leanMetadata } from './body-files.ts';

/** What rendering needs besides the processor: image domains, syntax highlighting (structured-cloneable for workers). */
export type SharedMarkdownOptions = Pick<AstroMarkdownOptions, 'image' | 'syntaxHighlight' | 'shikiConfig'>;

export interface BodyToRender {
  extension: string;
  body: string;
  frontmatter: Record<string, unknown>;
  filePath?: string;
  /**
   * Where to write the HTML if the body is kept on disk (./body-files.ts): the renderer writes it, and
   * returns the lean metadata the store keeps. In a build's worker threads this keeps the main thread,
   * which stores every entry, from also writing 10,000 files, and the HTML from being copied back.
   */
  bodyFile?: string;
}

/** A rendered body, in the shape of Astro's rendered content (metadata as Astro's Markdown entry type gives it). */
export interface RenderedBody {
  html: string;
  metadata: Record<string, unknown>;
}

/** A syntax error as thrown by the parser, its plain fields (what crosses from a worker). */
export interface RenderError {
  message: string;
  reason?: string;
  line?: number;
  column?: number;
}

/**
 * The renderer MDX articles go through: the site's Markdown processor (its plugins and options, so
 * Markdown and MDX bodies get the same links, heading ids and photos) with the MDX syntax, the article
 * rule and the components added.
 */
export function createMdxArticleRenderer(processor: UnifiedResolvedOptions, shared: SharedMarkdownOptions = {}) {
  const { remarkPlugins, rehypePlugins, remarkRehype, gfm, smartypants } = processor;
  return createMarkdownProcessor({
    ...shared,
    gfm,
    smartypants,
    // The rule runs last among the remark plugins: the site's own plugins see the article as written.
    remarkPlugins: [remarkMdx, ...remarkPlugins, remarkMdxContent],
    rehypePlugins: [rehypeArticleComponents, ...rehypePlugins],
    remarkRehype: { ...remarkRehype, passThrough: [...((remarkRehype.passThrough as string[] | undefined) ?? []), ...MDX_JSX_NODE_TYPES] },
  });
}

type UnifiedProcessor = MarkdownProcessor<UnifiedResolvedOptions>;

/** The site's processor, which must be unified(): MDX articles need its remark and rehype plugins. */
export function unifiedProcessorOf(config: Pick<AstroConfig, 'markdown'>): UnifiedProcessor {
  const processor = config.markdown.processor;
  if (!isUnifiedProcessor(processor))
    throw new Error('Articles are rendered with the unified() Markdown processor: set markdown.processor to unified({...}).');
  return processor as UnifiedProcessor;
}

/** The options besides the processor, as Astro passes them to its Markdown renderer (the deprecated top-level gfm/smartypants aside). */
export function sharedOptionsOf(config: AstroConfig): SharedMarkdownOptions {
  const { domains, remotePatterns } = config.image;
  return { image: { domains, remotePatterns }, syntaxHighlight: config.markdown.syntaxHighlight, shikiConfig: config.markdown.shikiConfig };
}

/** Renders bodies of both kinds: `.md` as Astro's Markdown entry type does, `.mdx` with the MDX additions. */
export async function createBodyRenderer(processor: UnifiedProcessor, shared: SharedMarkdownOptions) {
  const [markdown, mdx] = await Promise.all([processor.createRenderer(shared), createMdxArticleRenderer(processor.options, shared)]);
  return async ({ extension, body, frontmatter, filePath, bodyFile }: BodyToRender): Promise<RenderedBody> => {
    const result = await (extension === '.mdx' ? mdx : markdown).render(body, {
      frontmatter,
      fileURL: filePath ? pathToFileURL(filePath) : undefined,
    });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    const metadata = { ...result.metadata, imagePaths: localImagePaths.concat(remoteImagePaths) };
    if (!bodyFile || !keptOnDisk(metadata)) return { html: result.code, metadata };
    writeFileSync(bodyFile, result.code);
    return { html: '', metadata: leanMetadata(metadata, frontmatter) };
  };
}

/** What a render worker is started with: where the site's configuration is, and the options besides the processor. */
export interface RenderWorkerData {
  configFile: string;
  shared: SharedMarkdownOptions;
}

interface Pending {
  resolve: (body: RenderedBody) => void;
  reject: (error: RenderError) => void;
}

/**
 * Renders in this thread until a build has asked for `startAfter` bodies (a publish renders one or two:
 * starting workers would cost more than it saves), then in worker threads, one per core, and no longer
 * here: rendering is synchronous work that would hold up this thread's handling of the workers' results
 * (measured at 10,000 articles on 2 cores: content sync 59 s in this thread alone, 53 s with one worker,
 * 44 s with two, 53 s with three, 71–77 s with this thread rendering beside them). `close()` ends the
 * workers (the dev server then renders single edits in this thread).
 */
export function renderPool(config: AstroConfig, inThread: (body: BodyToRender) => Promise<RenderedBody>, startAfter = 50) {
  const configFile = fileURLToPath(new URL('astro.config.mjs', config.root));
  let asked = 0;
  let closed = false;
  // Each worker's tasks in flight: how busy it is, and what to fail if it dies.
  let workers: { thread: Worker; pending: Map<number, Pending> }[] | undefined;
  let nextId = 0;

  const start = () => {
    let data: RenderWorkerData;
    try {
      data = structuredClone({ configFile, shared: sharedOptionsOf(config) });
    } catch {
      return []; // options that cannot cross to a worker (a function in shikiConfig): render here
    }
    if (!existsSync(configFile)) return [];
    return Array.from({ length: availableParallelism() }, () => {
      const worker = {
        thread: new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: data }),
        pending: new Map<number, Pending>(),
      };
      worker.thread.on('message', ({ id, body, error }: { id: number; body?: RenderedBody; error?: RenderError }) => {
        const task = worker.pending.get(id)!;
        worker.pending.delete(id);
        if (error) task.reject(error);
        else task.resolve(body!);
      });
      // A worker that dies fails its own tasks (named in the build's problems) and leaves the pool; the
      // others go on, and with none left the bodies are rendered here.
      const leave = (reason: string) => {
        for (const task of worker.pending.values()) task.reject({ message: `render worker failed: ${reason}` });
        worker.pending.clear();
        workers = workers?.filter((w) => w !== worker);
      };
      worker.thread.on('error', (error) => leave(error.message));
      worker.thread.on('exit', (code) => closed || leave(`exit ${code}`));
      return worker;
    });
  };

  return {
    render(body: BodyToRender): Promise<RenderedBody> {
      asked++;
      if (closed || asked <= startAfter) return inThread(body);
      workers ??= start();
      if (!workers.length) return inThread(body);
      const worker = workers.reduce((least, w) => (w.pending.size < least.pending.size ? w : least));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        worker.pending.set(id, { resolve, reject });
        worker.thread.postMessage({ id, body });
      });
    },
    async close() {
      closed = true;
      await Promise.all((workers ?? []).map((w) => w.thread.terminate()));
      workers = undefined;
    },
  };
}
