// Videos an article publishes beside its page (imported from beside the article):
// /bai-viet/<slug>/anh/video.mp4, the address its body links to ("./anh/video.mp4"). The extension is in
// the route so the address has no trailing slash, in the dev server as in the build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFileResponse } from '../../../../data/article-files.ts';
import { articleFilePaths } from '../../../../data/static-paths.ts';

export const getStaticPaths = (() => articleFilePaths('.mp4')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => articleFileResponse(props.fsPath as string);
