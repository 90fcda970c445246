// The share image of an article that has no cover photo: 1200×630, the site's name, the category and
// the headline, in Vietnamese typography (Noto Serif and Noto Sans: every mark stacks correctly), long
// headlines wrapped and clamped with "…". Satori lays out and draws the text (to SVG, text as paths);
// sharp, the site's image library already, makes the PNG. Fonts come from their npm packages at build
// time: nothing is fetched, and the site's readers never download them.
//
// An image costs ~35 ms of CPU (Satori ~14 ms, the PNG ~20 ms): 10,000 of them are minutes. So each is
// kept in the build's cache folder under a hash of everything that makes it (the card's text, this
// module's source, the brand colours, the fonts, Satori's and sharp's versions), drawn once, and
// linked into the site (./share-images.ts); a build that starts clean because the rendering code
// changed (./build.ts) still finds the images it made before. Only what draws is in this module: a
// change elsewhere does not make every image new.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { siteConfig } from '../../src/site.config.ts';
import { SHARE_IMAGE_SIZE } from '../../src/lib/share-image.ts';

export interface ShareCard {
  siteName: string;
  category: string;
  title: string;
  /** The site's host name, printed at the foot ("tin-ha-noi.example"). */
  host: string;
}

// Fontsource splits a font into subsets: the Latin one and the Vietnamese one are given as two fonts,
// and Satori takes each glyph from the first that has it.
const requireFromProject = createRequire(resolve('package.json'));
const fontFile = (specifier: string) => readFileSync(requireFromProject.resolve(specifier));
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(requireFromProject.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
const loadFonts = () =>
  (fonts ??= [
    { name: 'Serif', data: fontFile('@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'SerifVi', data: fontFile('@fontsource/noto-serif/files/noto-serif-vietnamese-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Sans', data: fontFile('@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff'), weight: 600, style: 'normal' },
    { name: 'SansVi', data: fontFile('@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff'), weight: 600, style: 'normal' },
  ]);

/** What makes every image what it is besides its card: the code that draws it and the tools it draws with. */
let renderer: string | undefined;
const rendererHash = () =>
  (renderer ??= createHash('sha256')
    .update(readFileSync(new URL(import.meta.url)))
    .update(JSON.stringify(siteConfig.brand))
    .update(`satori ${versionOf('satori')} sharp ${versionOf('sharp')}`)
    .update(Buffer.concat(loadFonts().map((font) => Buffer.from(font.data as Buffer))))
    .digest('hex'));

/** Satori's element shape, without React. */
interface Box {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | Box | Box[] };
}
const box = (style: Box['props']['style'], children?: Box['props']['children']): Box => ({ type: 'div', props: { style, children } });

/** Bigger type for short headlines, smaller (and more lines) for long ones. */
function headlineSize(title: string): { fontSize: number; lines: number } {
  const length = [...title].length;
  if (length <= 50) return { fontSize: 76, lines: 3 };
  if (length <= 90) return { fontSize: 64, lines: 4 };
  if (length <= 140) return { fontSize: 54, lines: 5 };
  return { fontSize: 48, lines: 5 };
}

/** The card's layout: what the image shows, and where. */
function shareCardLayout(card: ShareCard): Box {
  const { accent, ink, muted, paper } = siteConfig.brand;
  const { fontSize, lines } = headlineSize(card.title);
  const padding = 64;
  return box(
    {
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      background: paper,
      borderTop: `18px solid ${accent}`,
      padding: `44px ${padding}px 40px`,
    },
    [
      box({ display: 'flex', alignItems: 'baseline', gap: 28 }, [
        box({ fontFamily: 'Serif, SerifVi', fontWeight: 700, fontSize: 40, color: accent }, card.siteName),
        box(
          { fontFamily: 'Sans, SansVi', fontWeight: 600, fontSize: 28, color: muted, textTransform: 'uppercase', letterSpacing: 1 },
          card.category,
        ),
      ]),
      box(
        { display: 'flex', flexGrow: 1, marginTop: 36 },
        box(
          {
            display: 'block',
            width: SHARE_IMAGE_SIZE.width - 2 * padding,
            fontFamily: 'Serif, SerifVi',
            fontWeight: 700,
            fontSize,
            lineHeight: 1.28,
            color: ink,
            lineClamp: lines,
            overflow: 'hidden',
          },
          card.title,
        ),
      ),
      box({ display: 'flex', fontFamily: 'Sans, SansVi', fontWeight: 600, fontSize: 26, color: muted }, card.host),
    ],
  );
}

/** The PNG of an article's share card, drawn. */
async function drawShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(shareCardLayout(card) as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: loadFonts() });
  // Adaptive filtering costs a third of the encoding and saves nothing on a flat card (measured: 57 KB either way).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}

/** Where the image of this card is kept in `cacheDir`: a file named by the hash of the card and of what draws it. */
export function shareImageFile(card: ShareCard, cacheDir: string): string {
  const key = createHash('sha256').update(rendererHash()).update(JSON.stringify(card)).digest('hex');
  return join(resolve(cacheDir), `${key}.png`);
}

/** Draws the card into its cache file (written aside, then renamed: a file there is always whole). */
export async function drawToCache(card: ShareCard, cacheDir: string): Promise<void> {
  const file = shareImageFile(card, cacheDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, await drawShareImage(card));
  renameSync(`${file}.${process.pid}.tmp`, file);
}
