#!/usr/bin/env node
// Renders the site's brand images into public/ from SVG (run once when the brand changes; the PNGs
// are committed): the default sharing image (1200×630) and the publisher logo for structured data.
import sharp from 'sharp';
import { siteConfig } from '../../src/site.config.ts';
import { escapeXml as escape } from '../../src/lib/xml.ts';

const share = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="#9b1c1c"/>
  <rect x="60" y="470" width="1080" height="6" fill="#fff" opacity="0.6"/>
  <text x="60" y="300" font-family="DejaVu Serif, Noto Serif, serif" font-size="120" font-weight="700" fill="#fff">${escape(siteConfig.name)}</text>
  <text x="60" y="400" font-family="DejaVu Sans, Noto Sans, sans-serif" font-size="48" fill="#fff">${escape(siteConfig.tagline)}</text>
</svg>`;
const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512">
  <rect width="512" height="512" rx="64" fill="#9b1c1c"/>
  <text x="256" y="330" text-anchor="middle" font-family="DejaVu Sans, Noto Sans, sans-serif" font-size="240" font-weight="700" fill="#fff">HN</text>
</svg>`;
await sharp(Buffer.from(share)).png({ compressionLevel: 9 }).toFile('public/og-default.png');
await sharp(Buffer.from(logo)).png({ compressionLevel: 9 }).toFile('public/logo.png');
console.log('wrote public/og-default.png and public/logo.png');
