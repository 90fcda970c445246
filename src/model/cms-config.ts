// The browser CMS's configuration (Sveltia CMS, served at /admin/), generated from the content model
// at build time and never written by hand: the article fields in the order the frontmatter writer
// uses, their rules and messages from article-fields.ts, the categories and authors from the YAML
// lists. A category added to categories.yaml is in the form after the next build (at once under
// `npm run cms`, which generates it on every request).
import { SLUG_MAX_LENGTH } from '../lib/slug.ts';
import type { CmsBackend } from '../site.config.ts';
import { TEXT_RULES } from './article-fields.ts';
import { ARTICLE_FIELD_ORDER, type ArticleFrontmatter } from './frontmatter.ts';

export interface CmsConfigInput {
  /** The content folder relative to the repository's root ("content"). */
  contentDir: string;
  categories: readonly { id: string; name: string }[];
  authors: readonly { id: string; name: string }[];
  backend: CmsBackend;
  siteUrl: string;
  siteName: string;
  /** Where the site's logo is (an absolute path on the site). */
  logo: string;
}

/** What the form shows for each frontmatter field: its label and, where it helps, a hint (editors' words, Vietnamese). */
const LABELS: Record<keyof ArticleFrontmatter, { label: string; hint?: string }> = {
  title: {
    label: 'Tiêu đề',
    hint: `Từ ${TEXT_RULES.title.min} đến ${TEXT_RULES.title.max} ký tự. Địa chỉ bài viết được tạo từ tiêu đề khi lưu lần đầu.`,
  },
  lead: { label: 'Sapo (đoạn mở đầu)', hint: 'Hiện in đậm dưới tiêu đề và trong danh sách bài.' },
  source: { label: 'Nguồn tin', hint: 'Ví dụ: HNP. In trước sapo: "HNP - …".' },
  publishedAt: {
    label: 'Thời điểm đăng (giờ Việt Nam)',
    hint: 'Chọn một thời điểm trong tương lai để hẹn giờ: bài lên trang ở lần dựng trang đầu tiên sau thời điểm đó.',
  },
  updatedAt: { label: 'Cập nhật lúc (giờ Việt Nam)', hint: 'Chỉ điền khi nội dung được cập nhật sau khi đăng.' },
  category: { label: 'Chuyên mục' },
  author: { label: 'Tác giả', hint: 'Tác giả trong danh sách tác giả. Người viết không thường xuyên: để trống và điền "Người viết".' },
  byline: { label: 'Người viết (không có trong danh sách tác giả)', hint: 'Ví dụ: Thu Uyên (tổng hợp).' },
  tags: { label: 'Thẻ', hint: 'Mỗi thẻ một dòng, ví dụ: Ba Đình, Thi đua.' },
  cover: { label: 'Ảnh bìa', hint: 'Ảnh được lưu cạnh bài viết; trang web tự tạo các cỡ ảnh.' },
  coverAlt: { label: 'Mô tả ảnh bìa', hint: 'Bắt buộc khi có ảnh bìa: cho người đọc khiếm thị.' },
  draft: { label: 'Bản nháp (chưa đăng)', hint: 'Bật để gỡ bài khỏi trang web mà không xóa tệp.' },
  corrections: { label: 'Đính chính', hint: 'Mỗi lần sửa nội dung đã đăng: thời điểm và đã sửa gì.' },
};

/** A field's label in the form ("Tiêu đề"), for messages that name it; the key itself when it is not a field. */
export function fieldLabel(key: string): string {
  return key === 'body' ? BODY_LABEL : ((LABELS as Record<string, { label: string } | undefined>)[key]?.label ?? key);
}

const BODY_LABEL = 'Nội dung';

/** The CMS's configuration file, in /admin/ (cmsConfig written as YAML). */
export const CMS_CONFIG_FILE = 'config.yml';

/**
 * Beside config.yml: the .mdx articles by id ({ "bai-x": "content/articles/2021/bai-x.mdx" }). The CMS
 * does not list them, so it cannot give a new article another address than theirs by itself (it does
 * for the .md articles it lists); its save check reads this list (src/cms/entry-problems.ts).
 */
export const CMS_MDX_ARTICLES_FILE = 'mdx-articles.json';
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * A pattern for "at least `min` characters once trimmed" (the schema trims before counting), with the
 * schema's own message.
 */
function minLength(min: number, message: string): [string, string] {
  return [`^\\s*\\S[\\s\\S]{${min - 2},}\\S\\s*$`, message];
}

const vietnamTime = { widget: 'datetime', input_timezone: VIETNAM_TIME_ZONE, step: 60 } as const;

/** Each frontmatter field as a form field. */
function articleField(key: keyof ArticleFrontmatter, input: CmsConfigInput): Record<string, unknown> {
  const base = { name: key, ...LABELS[key] };
  switch (key) {
    case 'title':
      return {
        ...base,
        widget: 'string',
        maxlength: TEXT_RULES.title.max,
        pattern: minLength(TEXT_RULES.title.min, TEXT_RULES.title.tooShort),
      };
    case 'lead':
      return { ...base, widget: 'text', maxlength: TEXT_RULES.lead.max, pattern: minLength(TEXT_RULES.lead.min, TEXT_RULES.lead.tooShort) };
    case 'source':
      return { ...base, widget: 'string', required: false, maxlength: TEXT_RULES.source.max };
    case 'publishedAt':
      return { ...base, ...vietnamTime, default: '{{now}}' };
    case 'updatedAt':
      return { ...base, ...vietnamTime, required: false };
    case 'category':
      return { ...base, widget: 'select', options: input.categories.map((c) => ({ label: c.name, value: c.id })) };
    case 'author':
      return { ...base, widget: 'select', required: false, options: input.authors.map((a) => ({ label: a.name, value: a.id })) };
    case 'byline':
      return { ...base, widget: 'string', required: false, maxlength: TEXT_RULES.byline.max };
    case 'tags':
      return { ...base, widget: 'list', required: false };
    case 'cover':
      return { ...base, widget: 'image', required: false };
    case 'coverAlt':
      return { ...base, widget: 'string', required: false };
    case 'draft':
      return { ...base, widget: 'boolean', required: false };
    case 'corrections':
      return {
        ...base,
        widget: 'list',
        required: false,
        label_singular: 'đính chính',
        summary: '{{at}}: {{text}}',
        fields: [
          { name: 'at', label: 'Thời điểm đính chính (giờ Việt Nam)', ...vietnamTime },
          {
            name: 'text',
            label: 'Đã sửa gì',
            widget: 'text',
            maxlength: TEXT_RULES.correction.max,
            pattern: minLength(TEXT_RULES.correction.min, TEXT_RULES.correction.tooShort),
          },
        ],
      };
  }
}

const backendConfig = (backend: CmsBackend) => ({
  name: backend.name,
  repo: backend.repo,
  branch: backend.branch,
  ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
  ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
  ...(backend.appId ? { app_id: backend.appId, ...(backend.name === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
});

/** The CMS's configuration object (written as /admin/config.yml). */
export function cmsConfig(input: CmsConfigInput) {
  const folder = input.contentDir ? `${input.contentDir}/articles` : 'articles';
  return {
    backend: backendConfig(input.backend),
    app_title: `${input.siteName} · Biên tập`,
    site_url: input.siteUrl,
    logo: { src: input.logo },
    // Photos live beside their article (the build optimises them); the field holds "./name.jpg".
    media_folder: '',
    public_folder: '',
    // Slugs as `npm run new` makes them: no marks, đ → d, lower case, hyphens.
    slug: {
      encoding: 'ascii',
      clean_accents: true,
      sanitize_replacement: '-',
      lowercase: true,
      trim: true,
      maxlength: SLUG_MAX_LENGTH,
      timezone: 'local',
    },
    // Times must stay quoted strings (YAML would read a bare one as a date without its offset), and an
    // optional field left empty is left out, as editors and `npm run new` write articles.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: [
      {
        name: 'articles',
        label: 'Bài viết',
        label_singular: 'bài viết',
        description: `Bài viết Markdown (.md) trong ${folder}/. Bài .mdx (có thành phần đặc biệt) không sửa được ở đây: sửa trong tệp.`,
        folder,
        // A new article goes in the folder of the year it is published (as `npm run new` places it).
        // The CMS reads that year in the browser's time zone, Vietnam's in a newsroom; an editor abroad
        // publishing within hours of New Year may get the neighbouring year's folder, which is harmless:
        // an article's address never depends on its folder. An existing article is never moved.
        path: "{{fields.publishedAt | date('YYYY')}}/{{slug}}",
        // Only plain Markdown: an .mdx article may hold components the form cannot show, so it is not listed.
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
        // Unpublishing is "Bản nháp"; deleting an article's file stays a deliberate act in git.
        delete: false,
        // Photos go in the "anh" folder beside the article's file (content/articles/<year>/anh/), as
        // `npm run import:legacy` and editors place them, and the field holds "./anh/<name>", which
        // the build resolves from the article and optimises. The CMS takes an entry's folder to be
        // <year>/<slug>/ (a folder per entry), hence "../anh".
        media_folder: '../anh',
        public_folder: './anh',
        slug: '{{title}}',
        summary: '{{title}}',
        sortable_fields: { fields: ['publishedAt', 'title'], default: { field: 'publishedAt', direction: 'descending' } },
        preview_path: 'bai-viet/{{slug}}/',
        fields: [...ARTICLE_FIELD_ORDER.map((key) => articleField(key, input)), { name: 'body', label: BODY_LABEL, widget: 'markdown' }],
      },
    ],
  };
}
