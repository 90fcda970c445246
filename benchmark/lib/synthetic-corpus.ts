// Deterministic generator of clearly synthetic Vietnamese articles for benchmarks and scale tests.
// Every article says it is synthetic ("[Giả lập]" title, lead), names no real person, and uses
// invented place names. Never written into content/: callers choose a separate folder.
import { articleSource } from '../../src/model/frontmatter.ts';
import { articleFilePath } from '../../src/model/article-id.ts';

export interface CorpusOptions {
  count: number;
  seed?: number;
  categories: readonly string[];
  /** Publication years, inclusive. */
  fromYear?: number;
  toYear?: number;
  /**
   * Share of articles that use MDX components (a pull quote, a highlighted box) and so are .mdx; the
   * rest are plain Markdown (.md), as the editors' tools write articles without components.
   */
  mdxShare?: number;
}

export interface CorpusFile {
  /** Path relative to the corpus root, e.g. "articles/2019/bai-gia-lap-000042.mdx". */
  path: string;
  content: string;
}

/** mulberry32: small, fast, good enough for reproducible text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = [
  'phong trào thi đua',
  'ngân sách',
  'đô thị',
  'giao thông',
  'môi trường',
  'giáo dục',
  'y tế',
  'văn hóa',
  'an ninh trật tự',
  'đầu tư công',
  'xây dựng',
  'quy hoạch',
  'người dân',
  'cán bộ',
  'hội nghị',
  'kế hoạch',
  'nhiệm vụ',
  'chỉ tiêu',
  'dự án',
  'công trình',
  'tuyến phố',
  'doanh nghiệp',
  'sản xuất',
  'dịch vụ công',
  'thương mại',
  'du lịch',
  'lễ hội',
  'trường học',
  'trạm y tế',
  'cây xanh',
  'nước sạch',
  'rác thải',
  'chiếu sáng',
  'công viên',
  'nhà văn hóa',
  'thủ tục hành chính',
  'chuyển đổi số',
  'an sinh xã hội',
];
const VERBS = [
  'triển khai',
  'hoàn thành',
  'đánh giá',
  'kiểm tra',
  'đẩy mạnh',
  'nâng cao',
  'cải thiện',
  'tổ chức',
  'phát động',
  'tổng kết',
  'rà soát',
  'hỗ trợ',
  'tuyên truyền',
  'bảo đảm',
  'duy trì',
  'mở rộng',
];
const ADJECTIVES = ['hiệu quả', 'kịp thời', 'đồng bộ', 'thiết thực', 'bền vững', 'rõ rệt', 'tích cực', 'an toàn'];
const PLACES = ['phường Giả Định', 'quận Mẫu Thử', 'xã Thử Nghiệm', 'phường Minh Họa', 'huyện Ví Dụ', 'thị trấn Mô Phỏng'];
/** Syllables for invented names of places, streets and projects: a realistic vocabulary size. */
const SYLLABLES = (
  'an anh bá bắc bình bảo cát cầu châu chi chính công cường dân dũng dương đại đan đông đức gia giang hà hải hạnh ' +
  'hiếu hòa hoàng hồng hưng hương khánh khê khoa kim lâm lan lạc liên linh long lộc mai minh mỹ nam nga ngân ngọc ' +
  'nguyên nhân nhật ninh phú phúc phương quang quế quốc quý sơn tân thái thanh thành thạch thắng thiện thịnh thọ ' +
  'thủy thuận tiến toàn trà trung trường tú tuấn tùng uyên văn việt vinh vĩnh xuân yên'
).split(' ');
const KINDS = ['phố', 'đường', 'khu đô thị', 'cụm công nghiệp', 'trường', 'chợ', 'cầu', 'hồ', 'tổ dân phố', 'hợp tác xã'];
const CONNECTORS = ['Trong đó,', 'Bên cạnh đó,', 'Đồng thời,', 'Theo kế hoạch,', 'Cũng trong năm,', 'Ngoài ra,'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function syntheticId(n: number): string {
  return `bai-gia-lap-${pad(n, 6)}`;
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

/** A Vietnamese-formatted number: "73.616", "7.140,35", "8,5%". */
function number(rng: () => number): string {
  const kind = rng();
  if (kind < 0.4) return `${Math.floor(rng() * 900 + 10)}.${pad(Math.floor(rng() * 1000), 3)} tỷ đồng`;
  if (kind < 0.7) return `${Math.floor(rng() * 9000 + 100).toLocaleString('de-DE')},${pad(Math.floor(rng() * 100), 2)} tỷ đồng`;
  return `${Math.floor(rng() * 120)},${Math.floor(rng() * 10)}%`;
}

/** An invented proper name: "phố Khê Lạc", "chợ Minh Thạch". */
function invented(rng: () => number): string {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return `${pick(rng, KINDS)} ${cap(pick(rng, SYLLABLES))} ${cap(pick(rng, SYLLABLES))}`;
}

function sentence(rng: () => number): string {
  const parts = [
    rng() < 0.3 ? pick(rng, CONNECTORS) : '',
    `${pick(rng, PLACES)} ${pick(rng, VERBS)} ${pick(rng, NOUNS)}`,
    rng() < 0.4 ? `tại ${invented(rng)}` : '',
    rng() < 0.5 ? `gắn với ${pick(rng, NOUNS)}` : `theo hướng ${pick(rng, ADJECTIVES)}`,
    rng() < 0.35 ? `, đạt ${number(rng)}` : '',
  ];
  const text = parts.filter(Boolean).join(' ').replace(' ,', ',');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraph(rng: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng)).join(' ');
}

function isoDate(rng: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(rng() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const hour = 6 + Math.floor(rng() * 15);
  const minute = Math.floor(rng() * 60);
  return `${year}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:00+07:00`;
}

export function syntheticArticle(n: number, options: CorpusOptions): CorpusFile {
  const seed = (options.seed ?? 2021) * 1_000_003 + n;
  const rng = random(seed);
  const fromYear = options.fromYear ?? 2010;
  const toYear = options.toYear ?? 2025;
  const publishedAt = isoDate(rng, fromYear, toYear);
  const category = options.categories[n % options.categories.length];
  const topic = pick(rng, NOUNS);
  const place = pick(rng, PLACES);
  const title = `[Giả lập] ${place} ${pick(rng, VERBS)} ${topic} năm ${publishedAt.slice(0, 4)} (số ${n})`;
  const tags = [topic, place].map((t) => t.charAt(0).toUpperCase() + t.slice(1));
  const other = syntheticId(1 + ((n * 7919) % options.count));
  const mdx = rng() < (options.mdxShare ?? 0.1);
  const photoCaption = `Ảnh minh họa giả lập: ${pick(rng, NOUNS)} tại ${pick(rng, PLACES)}`;
  // A photo in each article: the site's sharing image stands in for it (no real photo, nothing to process).
  const figure = mdx
    ? `<Figure src="/og-default.png" alt="Ảnh giả lập" caption="${photoCaption}" width={1200} height={630} />`
    : `![Ảnh giả lập](/og-default.png "${photoCaption}")`;
  const components = mdx
    ? [`<PullQuote quote="${sentence(rng)}" cite="Nhân vật giả lập" />`, `<Callout title="Số liệu giả lập">\n${sentence(rng)}\n</Callout>`]
    : [];
  const body = [
    paragraph(rng, 6),
    paragraph(rng, 7),
    `## ${pick(rng, VERBS).replace(/^./, (c) => c.toUpperCase())} ${pick(rng, NOUNS)}`,
    paragraph(rng, 7),
    figure,
    ...components,
    paragraph(rng, 6),
    ['- ' + sentence(rng), '- ' + sentence(rng), '- ' + sentence(rng), '- ' + sentence(rng)].join('\n'),
    `## Kết quả ${pick(rng, NOUNS)}`,
    paragraph(rng, 8),
    `Xem thêm [bài giả lập liên quan](/bai-viet/${other}/) và [trang ví dụ](https://example.com/gia-lap).`,
    paragraph(rng, 6),
    paragraph(rng, 6),
  ].join('\n\n');
  const lead = `Bài viết giả lập số ${n}, phục vụ đo hiệu năng và kiểm thử; không phải tin thật. ${sentence(rng)}`;
  return {
    path: articleFilePath('', Number(publishedAt.slice(0, 4)), syntheticId(n), mdx ? 'mdx' : 'md'),
    content: articleSource({ title, lead, source: 'GIẢ LẬP', publishedAt, category, tags }, body),
  };
}

export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  for (let n = 1; n <= options.count; n++) yield syntheticArticle(n, options);
}
