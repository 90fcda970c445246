// Quality gates over a built site (dist/): HTML validity, internal links and fragments, encoding, no
// inline scripts.
// Each returns failures that name the page, so a broken page is found by name in CI.
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { JSDOM } from 'jsdom';
import { distFileOf } from '../lib/dist-files.ts';

export interface GateFailure {
  page: string;
  message: string;
}

const pagesOf = (dist: string) => globSync('**/*.html', { cwd: dist }).sort();

/**
 * html-validate's recommended rules (WHATWG HTML, plus accessibility and best-practice rules), less two
 * matters of style: `void-style` (a self-closing <img/> is valid HTML, and MDX emits it) and
 * `long-title` (a headline's length is an editorial choice; the schema caps titles at 200 characters).
 */
export async function checkHtmlValidity(dist: string): Promise<GateFailure[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'long-title': 'off' } });
  const failures: GateFailure[] = [];
  for (const page of pagesOf(dist)) {
    const report = await validator.validateFile(join(dist, page));
    for (const result of report.results) {
      for (const m of result.messages) failures.push({ page, message: `${m.line}:${m.column} ${m.ruleId}: ${m.message}` });
    }
  }
  return failures;
}

const TEXT_FILES = '**/*.{html,xml,txt,css,js,json,webmanifest,svg}';
/** UTF-8 Vietnamese read as Latin-1/Windows-1252, the legacy dump's failure mode. */
const MOJIBAKE = /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u2013-\u203A]|Ä[\u0080-\u00BF‘’]|á»|áº|Æ°|Ä‘/;
// Not our text: Pagefind's compiled scripts contain byte tables that look like mojibake, and the CMS's
// bundle (Sveltia and the libraries it carries) writes U+FFFD on purpose, for bytes it cannot decode.
const SKIP = /^pagefind\/([\w-]+\/)?(wasm|pagefind[-\w]*\.js$)|^admin\/assets\//;

export function checkEncoding(dist: string): GateFailure[] {
  const failures: GateFailure[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of globSync(TEXT_FILES, { cwd: dist }).sort()) {
    if (SKIP.test(file)) continue;
    let text: string;
    try {
      text = decoder.decode(readFileSync(join(dist, file)));
    } catch {
      failures.push({ page: file, message: 'not valid UTF-8' });
      continue;
    }
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
      failures.push({ page: file, message: `U+FFFD replacement character near "${text.slice(Math.max(0, bad - 30), bad + 10)}"` });
    const mojibake = MOJIBAKE.exec(text);
    if (mojibake) failures.push({ page: file, message: `mojibake "${text.slice(Math.max(0, mojibake.index - 20), mojibake.index + 20)}"` });
    if (file.endsWith('.html')) {
      if (!/<meta charset="utf-8"/i.test(text)) failures.push({ page: file, message: 'does not declare <meta charset="utf-8">' });
      if (!/<html lang="vi"/.test(text)) failures.push({ page: file, message: 'does not declare <html lang="vi">' });
    }
  }
  return failures;
}

/**
 * Every internal link, image, script, stylesheet, form action and fragment in every page must
 * resolve in dist/. Absolute URLs on the site's own origin count as internal.
 */
export function checkLinks(dist: string, site: string): GateFailure[] {
  const failures: GateFailure[] = [];
  const origin = new URL(site).origin;
  const idsCache = new Map<string, Set<string>>();
  const parse = (file: string) => new JSDOM(readFileSync(file, 'utf8')).window.document;
  const remember = (file: string, doc: Document) => {
    const ids = new Set([...doc.querySelectorAll('[id], a[name]')].map((el) => el.getAttribute('id') ?? el.getAttribute('name')!));
    idsCache.set(file, ids);
    return ids;
  };
  const idsOf = (file: string) => idsCache.get(file) ?? remember(file, parse(file));
  for (const page of pagesOf(dist)) {
    const pageUrl = new URL(`/${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const doc = parse(join(dist, page));
    remember(join(dist, page), doc);
    const targets: { url: string; what: string }[] = [];
    for (const el of doc.querySelectorAll('a[href], link[href], area[href]'))
      targets.push({ url: el.getAttribute('href')!, what: `<${el.tagName.toLowerCase()} href>` });
    for (const el of doc.querySelectorAll('img[src], script[src], source[src], video[src], iframe[src]'))
      targets.push({ url: el.getAttribute('src')!, what: `<${el.tagName.toLowerCase()} src>` });
    for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of el.getAttribute('srcset')!.split(','))
        targets.push({ url: candidate.trim().split(/\s+/)[0], what: `<${el.tagName.toLowerCase()} srcset>` });
    }
    // GET forms lead to pages; POST forms lead to a server endpoint (the comment API), not a file.
    for (const el of doc.querySelectorAll('form[action]:not([method="post" i])'))
      targets.push({ url: el.getAttribute('action')!, what: '<form action>' });
    for (const { url, what } of targets) {
      if (/^(mailto|tel|data|javascript):/i.test(url)) continue;
      const resolved = new URL(url, pageUrl);
      if (resolved.origin !== origin) continue;
      const file = distFileOf(dist, resolved.pathname);
      if (!file) {
        failures.push({ page, message: `broken ${what}: ${url}` });
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        failures.push({ page, message: `broken fragment ${what}: ${url} (no id "${fragment}" in ${relative(dist, file)})` });
      }
    }
  }
  return failures;
}

/** Script types that run (no type, or a JavaScript one); JSON-LD and other data blocks never do. */
const EXECUTABLE_TYPE = /^(module|text\/javascript|application\/javascript)$/i;

/**
 * No inline script and no event-handler attribute on any page: the CSP runs only the site's script
 * files (src/lib/security-headers.ts), so a template that inlined a script would break in readers'
 * browsers, and one in an article's text is blocked there and named here.
 */
export function checkInlineScripts(dist: string): GateFailure[] {
  const failures: GateFailure[] = [];
  for (const page of pagesOf(dist)) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/\bsrc=/i.test(attributes)) continue;
      const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
      if (!type || EXECUTABLE_TYPE.test(type)) failures.push({ page, message: `inline <script>: ${body.trim().slice(0, 60)}` });
    }
    for (const [tag, handler] of html.matchAll(/<[a-z][\w-]*\b[^>]*?\s(on[a-z]+)\s*=[^>]*>/gi))
      failures.push({ page, message: `event handler ${handler.toLowerCase()}: ${tag.slice(0, 60)}` });
  }
  return failures;
}
