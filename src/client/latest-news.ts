// The "Tin mới" column of an article page: the category's newest articles, loaded from the small JSON
// file the build writes for the category (/chuyen-muc/<id>/tin-moi.json), so that publishing does not
// render every article page of the category again. Without JavaScript, or if the file cannot be read,
// the column keeps its link to the category page.
import type { LatestItem } from '../lib/latest-news.ts';

export async function showLatestNews(root: ParentNode = document) {
  for (const section of root.querySelectorAll<HTMLElement>('[data-latest-news]')) {
    const { src = '', current = '' } = section.dataset;
    let items: LatestItem[];
    try {
      const response = await fetch(src);
      if (!response.ok) continue;
      // Not this article, and none the page lists already (related, newer, older).
      const listed = new Set([current, ...[...document.querySelectorAll<HTMLAnchorElement>('.card__title a')].map((a) => a.pathname)]);
      items = ((await response.json()) as LatestItem[]).filter((item) => !listed.has(item.href));
    } catch {
      continue;
    }
    if (!items.length) continue;
    const list = document.createElement('ul');
    list.className = 'article-list article-list--compact';
    for (const item of items.slice(0, Number(section.dataset.count) || items.length)) {
      const entry = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.href;
      link.textContent = item.title;
      const heading = document.createElement('h3');
      heading.className = 'card__title';
      heading.append(link);
      const time = document.createElement('time');
      time.dateTime = item.time;
      time.textContent = item.shown;
      const meta = document.createElement('p');
      meta.className = 'card__meta';
      meta.append(time);
      entry.append(heading, meta);
      list.append(entry);
    }
    section.querySelector('[data-latest-news-list]')?.replaceChildren(list);
  }
}
