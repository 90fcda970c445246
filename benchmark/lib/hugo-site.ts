// The measuring stick: the same synthetic corpus as a minimal Hugo site (single pages, category and
// tag lists of the same page size, a home page), indexed by Pagefind like ours. Never a dependency of
// the site: the benchmark installs Debian's `hugo` when it is missing.
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import { siteConfig } from '../../src/site.config.ts';
import { parseYaml, splitFrontmatter } from '../../src/model/frontmatter.ts';

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} | Tin Hà Nội</title><meta name="description" content="{{ .Description }}"><link rel="canonical" href="{{ .Permalink }}"></head><body><header><a href="/">Tin Hà Nội</a><nav>{{ range .Site.Taxonomies.categories }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav><form action="/tim-kiem/"><input name="q"></form></header><main>{{ block "main" . }}{{ end }}</main><footer>Tin Hà Nội</footer></body></html>`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body><div hidden data-pagefind-sort="date:{{ .Date.Format "2006-01-02T15:04:05-07:00" }}"></div><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "15:04 02/01/2006" }}</time></p><p><strong>{{ .Params.source }} - </strong>{{ .Description }}</p>{{ .Content }}</article><ul>{{ range .Params.tags }}<li><a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><time>{{ .Date.Format "15:04 02/01/2006" }}</time><p>{{ .Description }}</p></li>{{ end }}</ul>{{ with .Paginator.Prev }}<a href="{{ .URL }}">Trang trước</a>{{ end }}{{ with .Paginator.Next }}<a href="{{ .URL }}">Trang sau</a>{{ end }}{{ end }}`,
  'index.html': `{{ define "main" }}<h1>Tin Hà Nội</h1><ul>{{ range first 10 (where .Site.RegularPages "Section" "bai-viet") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <p>{{ .Description }}</p></li>{{ end }}</ul>{{ end }}`,
};

/** Markdown Hugo can render: components of the .mdx articles turned into their text. */
function plainBody(body: string): string {
  return body
    .replace(/<Figure src="([^"]+)" alt="([^"]*)" caption="([^"]*)"[^>]*\/>/g, '![$2]($1 "$3")')
    .replace(/<PullQuote quote="([^"]*)" cite="([^"]*)" \/>/g, '> $1\n>\n> — $2')
    .replace(/<\/?Callout[^>]*>/g, '');
}

export function writeHugoSite(corpus: string, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(dir, 'layouts', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'layouts', path), text);
  }
  writeFileSync(
    join(dir, 'hugo.yaml'),
    yaml.dump({
      baseURL: `${siteConfig.defaultUrl}/`,
      languageCode: 'vi',
      title: siteConfig.name,
      disableKinds: ['RSS', 'sitemap', 'robotsTXT'],
      taxonomies: { category: 'categories', tag: 'tags' },
      pagination: { pagerSize: siteConfig.pageSize },
      removePathAccents: true,
      markup: { goldmark: { renderer: { unsafe: true } } },
    }),
  );
  mkdirSync(join(dir, 'content/bai-viet'), { recursive: true });
  let count = 0;
  for (const file of globSync('articles/**/*.{md,mdx}', { cwd: corpus })) {
    const block = splitFrontmatter(readFileSync(join(corpus, file), 'utf8'))!;
    const parsed = parseYaml(block.yaml, block.yamlLine);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
    const data = parsed.data as Record<string, unknown>;
    const front = {
      title: data.title,
      date: data.publishedAt,
      description: data.lead,
      source: data.source,
      categories: [data.category],
      tags: data.tags,
    };
    writeFileSync(
      join(dir, 'content/bai-viet', basename(file).replace(/\.mdx$/, '.md')),
      `---\n${yaml.dump(front)}---\n\n${plainBody(block.body)}`,
    );
    count++;
  }
  return count;
}
