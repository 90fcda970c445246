// An article's share image, for articles without a cover photo: /bai-viet/<slug>/anh-chia-se.png
// (og:image, twitter:image and the JSON-LD image of the article point to it).
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderShareImage, type ShareCard } from '../../../data/share-card.ts';
import { shareImagePaths } from '../../../data/share-image.ts';

export const getStaticPaths = (() => shareImagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage(props.card as ShareCard)), { headers: { 'Content-Type': 'image/png' } });
