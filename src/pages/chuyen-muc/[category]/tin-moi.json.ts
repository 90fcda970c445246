// A category's newest articles as JSON: /chuyen-muc/<id>/tin-moi.json, which the article pages of the
// category load for their "Tin mới" column (src/client/latest-news.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { categoryLatestPaths } from '../../../data/static-paths.ts';

export const getStaticPaths = (() => categoryLatestPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
