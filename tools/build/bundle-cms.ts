// `node tools/build/bundle-cms.ts <entry folder> <out folder>`: bundles the browser CMS (its
// index.html and what it imports, Sveltia CMS included) with Vite, for ./cms-files.ts.
import { rmSync } from 'node:fs';
import { build, type Plugin } from 'vite';

/** A font Sveltia's interface names on jsDelivr ("…/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2"). */
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Sveltia's interface (@sveltia/ui) declares its fonts twice: as files it bundles, and in an
 * @font-face rule pointing at jsDelivr. The bundle carries the files; this points the rule at them,
 * so the CMS never asks another origin for a font. A font the bundle does not carry fails the build.
 */
function selfHostedFonts(): Plugin {
  return {
    name: 'news-cms-self-hosted-fonts',
    generateBundle(_options, bundle) {
      const fonts = Object.keys(bundle).filter((file) => file.endsWith('.woff2'));
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code.replace(CDN_FONT, (url, family: string, file: string) => {
          const local = fonts.find((name) => name.startsWith(`assets/${family}-${file}-`));
          if (!local) throw new Error(`the CMS names ${url}, which its bundle does not carry`);
          // Relative to the page (/admin/), which is what a <style> element's URLs are resolved against.
          return local;
        });
      }
    },
  };
}

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: bundle-cms.ts <entry folder> <out folder>');
rmSync(outDir, { recursive: true, force: true });
await build({
  root,
  // Relative URLs: the bundle works wherever the site is served from.
  base: './',
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  plugins: [selfHostedFonts()],
  build: {
    outDir,
    emptyOutDir: true,
    // No inline script in any page the site serves (the CSP allows none): the polyfill would be one.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Sveltia is one large module (~2 MB) by design; its grammars and image codecs load on demand.
    chunkSizeWarningLimit: 4096,
  },
});
