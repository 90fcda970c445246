// One place for what an operator may change: site identity, page sizes, comment limits, search shards.
// What the environment sets at build time (site URL, comment endpoint) is read in src/build-settings.ts.

/** Where the browser CMS commits in production (`siteConfig.cms`). */
export interface CmsBackend {
  /** "gitea" (also Forgejo), "gitlab" or "github". */
  name: 'gitea' | 'gitlab' | 'github';
  /** "owner/repo". */
  repo: string;
  branch: string;
  /** The host's REST API, e.g. "https://git.toasoan.vn/api/v1" (Gitea/Forgejo) or "https://gitlab.toasoan.vn/api/v4". */
  apiRoot?: string;
  /** The host's address for signing in (OAuth), e.g. "https://git.toasoan.vn". */
  baseUrl?: string;
  /** The OAuth application's client id (PKCE sign-in: no server of ours); empty: a personal access token. */
  appId?: string;
}

export const siteConfig = {
  name: 'Tin Hà Nội',
  /** The public address when the build's SITE_URL is not set (src/build-settings.ts). */
  defaultUrl: 'https://tin-ha-noi.example',
  tagline: 'Tin tức, sự kiện của Thủ đô',
  description: 'Trang tin tức tổng hợp về các quận, huyện và đời sống Thủ đô Hà Nội.',
  /** Articles per category/tag listing page. */
  pageSize: 10,
  /**
   * The home page's top: the lead story, then `homeStoryCount` stories with their leads, then short
   * headlines up to `homeLatestCount` articles in all; then up to `homeCategoryCount` per category block.
   */
  homeStoryCount: 3,
  homeLatestCount: 10,
  homeCategoryCount: 4,
  /** Newer and older articles of the same category shown under an article, each. */
  neighbourCount: 5,
  /** Related articles (sharing tags) beside an article. */
  relatedCount: 5,
  /**
   * The category's newest ("Tin mới") beside an article: how many are shown, and how many its JSON holds
   * (the page leaves out those it lists already).
   */
  latestInCategory: { shown: 5, listed: 15 },
  comments: {
    // Where the form posts is the build's PUBLIC_COMMENT_ENDPOINT (src/build-settings.ts).
    limits: { nameMax: 100, titleMax: 150, bodyMax: 2000 },
    /** Submissions sooner than this after the form appeared are treated as bots (time trap). */
    minimumFillMs: 3000,
  },
  /** Page that explains comments are not connected (the no-JavaScript fallback). */
  commentsNotConnectedPath: '/binh-luan/chua-ket-noi/',
  searchPath: '/tim-kiem/',
  /** The brand's colours, where code draws (share images); the site's CSS has its own, in src/styles/global.css. */
  brand: { accent: '#9b1c1c', ink: '#1b1b1b', muted: '#575757', paper: '#ffffff' },
  /** Shown when a shared page has no image of its own (rendered by tools/brand/make-brand-images.ts). */
  defaultShareImage: { path: '/og-default.png', alt: 'Tin Hà Nội: tin tức, sự kiện của Thủ đô' },
  publisherLogo: '/logo.png',
  /** Articles published this recently go in the news sitemap (search engines' definition: two days). */
  newsSitemapHours: 48,
  /** Items in each RSS feed. */
  feedSize: 50,
  /** Search results shown at a time ("Xem thêm kết quả" loads the next ones). */
  searchPageSize: 10,
  /**
   * Most articles in one search-index shard (src/search/shards.ts). Pagefind cannot update an index, so
   * editing an old article indexes its whole shard again (~3 ms a page: 2,000 pages in ~6 s); indexing
   * memory grows with it too (~3 GB for 10,000 pages).
   */
  searchShardMaxPages: 2_000,
  /**
   * Pages' worth of shards one search (or one "search older articles" click) may open while it has fewer
   * than a page of results: a word found nowhere then fetches about 1–2 MB of index, not the archive's.
   */
  searchPagesPerStep: 20_000,
  /**
   * Where the browser CMS (/admin/) commits in production: the newsroom's own git host. Gitea and
   * Forgejo ("gitea"), GitLab ("gitlab") or GitHub ("github"). With `appId` (an OAuth application on that
   * host, PKCE: no server of ours needed) editors sign in with their account; without it, with a personal
   * access token. The editors' guide (docs/) walks through it. `npm run cms` works on the local folder
   * whatever this says.
   */
  cms: {
    name: 'gitea',
    repo: 'toa-soan/tin-ha-noi',
    branch: 'main',
    apiRoot: 'https://git.tin-ha-noi.example/api/v1',
    baseUrl: 'https://git.tin-ha-noi.example',
    appId: '',
  } as CmsBackend,
} as const;
