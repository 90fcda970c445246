// Writes a small, clearly synthetic test site: the real Ba Đình article among generated articles
// ("Bài thử nghiệm", labelled as not real news) so that pagination, neighbours, tags, drafts and
// scheduled articles can be checked on real builds.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { projectRoot } from './build-site.ts';
import { articleSource as article, type ArticleFrontmatter } from '../../src/model/frontmatter.ts';

export const BA_DINH_ID = 'quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021';
const BA_DINH_FILE = `content/articles/2021/${BA_DINH_ID}.mdx`;
export const SYNTHETIC_COUNT = 24;

/** Synthetic article n (1-based): one every three days from 01/12/2020 at 08:00 Vietnam time. */
export function syntheticDate(n: number): string {
  const day = new Date(Date.UTC(2020, 11, 1 + (n - 1) * 3, 1, 0));
  const pad = (x: number) => String(x).padStart(2, '0');
  const vn = new Date(day.getTime() + 7 * 3600_000);
  return `${vn.getUTCFullYear()}-${pad(vn.getUTCMonth() + 1)}-${pad(vn.getUTCDate())}T08:00:00+07:00`;
}

export const syntheticId = (n: number) => `bai-thu-nghiem-so-${String(n).padStart(2, '0')}`;

/** A made-up author (authors.yaml of the fixture): every third synthetic article and the corrected one are theirs. */
export const FIXTURE_AUTHOR = {
  id: 'tac-gia-gia-lap',
  name: 'Tác Giả Giả Lập',
  bio: 'Tác giả giả lập cho kiểm thử, không phải người thật.',
  photo: 'tac-gia/tac-gia-gia-lap.jpg',
} as const;

/** An article published at 00:30 on 1 February 2021 (Vietnam time), with two corrections. */
export const CORRECTED_ID = 'bai-thu-nghiem-dau-thang';

/**
 * Synthetic articles built for search tests (all labelled "giả lập", none real news): the same
 * syllables together and in order versus scattered, exact versus other diacritics, đ-words,
 * several categories and years for filters and sorting.
 */
const SEARCH_CORPUS = [
  {
    id: 'tim-kiem-cum-tu-lien-nhau',
    title: 'Bài thử nghiệm tìm kiếm số 1: tên quận đứng liền (giả lập)',
    category: 'thoi-su',
    publishedAt: '2022-03-10T09:00:00+07:00',
    body: 'Đoạn văn giả lập cho kiểm thử tìm kiếm. Hội nghị giả lập được tổ chức tại quận Ba Đình vào buổi sáng. Các đại biểu giả lập trao đổi về nhiều chủ đề khác nhau trong một buổi làm việc dài, không có thông tin thật nào ở đây.',
  },
  {
    id: 'tim-kiem-tu-roi-rac',
    title: 'Bài thử nghiệm tìm kiếm số 2: các âm tiết đứng rời (giả lập)',
    category: 'kinh-te',
    publishedAt: '2020-06-01T09:00:00+07:00',
    body: 'Ba năm qua, ngôi đình làng giả lập được tu sửa. Ba lần sửa mái đình, ba lần sơn cột đình. Đình làng có ba gian. Ngân hàng giả lập tặng sách cho thư viện đình.',
  },
  {
    id: 'tim-kiem-ngan-sach',
    title: 'Bài thử nghiệm tìm kiếm số 3: thu chi giả lập (giả lập)',
    category: 'kinh-te',
    publishedAt: '2021-09-15T10:00:00+07:00',
    body: 'Đoạn văn giả lập nói về ngân sách của một đơn vị giả lập trong năm, không phải số liệu thật.',
  },
  {
    id: 'tim-kiem-bao-ve',
    title: 'Bài thử nghiệm tìm kiếm số 4: công tác bảo vệ (giả lập)',
    category: 'do-thi',
    publishedAt: '2020-11-20T07:30:00+07:00',
    body: 'Đoạn văn giả lập về công tác bảo vệ cây xanh trên các tuyến phố giả lập.',
  },
  {
    id: 'tim-kiem-bao-ve-khac-dau',
    title: 'Bài thử nghiệm tìm kiếm số 5: thời tiết (giả lập)',
    category: 'do-thi',
    publishedAt: '2020-10-05T16:00:00+07:00',
    body: 'Đoạn văn giả lập: mỗi khi bão về cây xanh trên các tuyến phố giả lập dễ bị đổ.',
  },
  {
    id: 'tim-kiem-dang-uy',
    title: 'Bài thử nghiệm tìm kiếm số 6: hội nghị giả lập (giả lập)',
    category: 'thoi-su',
    publishedAt: '2023-02-02T08:15:00+07:00',
    body: 'Đoạn văn giả lập: Đảng ủy phường giả lập tổ chức hội nghị giả lập, không có sự kiện thật nào.',
  },
  {
    // "ba" only inside longer syllables (bàn, bạc, bản, ban, bánh): not a result for "ba dinh".
    id: 'tim-kiem-am-tiet-dai-hon',
    title: 'Bài thử nghiệm tìm kiếm số 7: âm tiết dài hơn (giả lập)',
    category: 'thoi-su',
    publishedAt: '2022-08-08T08:00:00+07:00',
    body: 'Đoạn văn giả lập: bàn bạc, bản đồ, ban ngành, bánh chưng; mái đình, sân đình giả lập.',
  },
] as const;

export async function writeFixtureSite(dir: string): Promise<string> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles/2021'), { recursive: true });
  mkdirSync(join(dir, 'articles/2020'), { recursive: true });
  cpSync(resolve(projectRoot, 'content/categories.yaml'), join(dir, 'categories.yaml'));
  // The real authors, and a made-up one with a generated portrait and a short introduction.
  writeFileSync(
    join(dir, 'authors.yaml'),
    `${readFileSync(resolve(projectRoot, 'content/authors.yaml'), 'utf8').trimEnd()}\n` +
      `- id: ${FIXTURE_AUTHOR.id}\n  name: ${FIXTURE_AUTHOR.name}\n  bio: ${FIXTURE_AUTHOR.bio}\n  photo: ${FIXTURE_AUTHOR.photo}\n`,
  );
  mkdirSync(join(dir, 'tac-gia'), { recursive: true });
  await sharp({ create: { width: 400, height: 400, channels: 3, background: { r: 40, g: 90, b: 140 } } })
    .jpeg({ quality: 70 })
    .toFile(join(dir, FIXTURE_AUTHOR.photo));
  cpSync(resolve(projectRoot, BA_DINH_FILE), join(dir, `articles/2021/${BA_DINH_ID}.mdx`));
  for (let n = 1; n <= SYNTHETIC_COUNT; n++) {
    const publishedAt = syntheticDate(n);
    const fields: ArticleFrontmatter = {
      title: `Bài thử nghiệm số ${String(n).padStart(2, '0')} (dữ liệu giả lập)`,
      lead: `Bài viết giả lập số ${n} dùng cho kiểm thử, không phải tin thật.`,
      publishedAt,
      category: 'quan-huyen',
      tags: ['Dữ liệu thử nghiệm'],
    };
    if (n === 3) fields.updatedAt = '2021-02-01T09:30:00+07:00';
    if (n % 3 === 0) fields.author = FIXTURE_AUTHOR.id;
    if (n === 4) fields.byline = 'Cộng tác viên giả lập';
    const ext = n % 2 ? 'md' : 'mdx';
    writeFileSync(
      join(dir, `articles/${publishedAt.slice(0, 4)}/${syntheticId(n)}.${ext}`),
      article(fields, `Đoạn văn giả lập của bài thử nghiệm số ${n}.\n\n## Mục giả lập\n\nNội dung không có thật.`),
    );
  }
  writeFileSync(
    join(dir, 'articles/2021/ban-nhap-thu-nghiem.mdx'),
    article(
      {
        title: 'Bản nháp thử nghiệm (giả lập)',
        lead: 'Bản nháp giả lập, không được đăng.',
        publishedAt: '2021-01-05T10:00:00+07:00',
        category: 'quan-huyen',
        draft: true,
      },
      'Bản nháp.',
    ),
  );
  writeFileSync(
    join(dir, 'articles/2021/bai-hen-gio-thu-nghiem.mdx'),
    article(
      {
        title: 'Bài hẹn giờ thử nghiệm (giả lập)',
        lead: 'Bài hẹn giờ đăng trong tương lai, giả lập.',
        publishedAt: '2099-01-01T08:00:00+07:00',
        category: 'quan-huyen',
      },
      'Bài hẹn giờ.',
    ),
  );
  // A generated photo (a plain gradient, nothing real) for astro:assets.
  mkdirSync(join(dir, 'articles/2021/anh'), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 155, g: 28, b: 28 } } })
    .jpeg({ quality: 70 })
    .toFile(join(dir, 'articles/2021/anh/anh-gia-lap.jpg'));
  // Bytes standing in for a video: the tests only check that nothing loads it before a click.
  writeFileSync(join(dir, 'articles/2021/anh/video-gia-lap.mp4'), Buffer.from('giả lập, không phải video thật'));
  writeFileSync(
    join(dir, 'articles/2021/bai-thu-nghiem-thanh-phan.mdx'),
    article(
      {
        title: 'Bài thử nghiệm các thành phần MDX (giả lập)',
        lead: 'Bài giả lập trình bày các thành phần biên tập viên dùng được, không phải tin thật.',
        publishedAt: '2021-03-01T09:00:00+07:00',
        category: 'van-hoa-xa-hoi',
      },
      [
        "import anhGiaLap from './anh/anh-gia-lap.jpg';",
        '<Figure src={anhGiaLap} alt="Ảnh màu đỏ giả lập" caption="Ảnh tối ưu giả lập" credit="Ảnh: Giả lập" />',
        '## Mục thứ nhất có dấu',
        'Một [liên kết ngoài](https://example.com/trang-gia-lap) và [liên kết trong](/bai-viet/bai-thu-nghiem-so-01/).',
        '## Mục thứ nhất có dấu',
        '![Biểu tượng của trang](/favicon.svg "Chú thích ảnh giả lập")',
        '<PullQuote quote="Câu trích dẫn giả lập." cite="Nhân vật giả lập" />',
        '<Callout title="Thông tin thêm">Nội dung hộp giả lập.</Callout>',
        "import videoGiaLap from './anh/video-gia-lap.mp4';",
        '<VideoEmbed src={videoGiaLap} title="Video giả lập" />',
        '<Figure src="/favicon.svg" alt="Biểu tượng" caption="Ảnh giả lập" credit="Ảnh: Giả lập" width={32} height={32} />',
      ].join('\n\n'),
    ),
  );
  // Plain Markdown with a local photo (Astro optimises it, so this body stays in the content store) and a cover.
  writeFileSync(
    join(dir, 'articles/2021/bai-thu-nghiem-anh-markdown.md'),
    article(
      {
        title: 'Bài thử nghiệm ảnh trong Markdown (giả lập)',
        lead: 'Bài giả lập có ảnh trong Markdown, không phải tin thật.',
        publishedAt: '2021-03-02T09:00:00+07:00',
        category: 'van-hoa-xa-hoi',
        cover: './anh/anh-gia-lap.jpg',
        coverAlt: 'Ảnh bìa màu đỏ giả lập',
      },
      'Đoạn văn giả lập trước ảnh.\n\n![Ảnh màu đỏ giả lập](./anh/anh-gia-lap.jpg "Chú thích ảnh Markdown giả lập")',
    ),
  );
  // At 00:30 on the 1st, Vietnam time (still the 31st in UTC): it belongs to February's archive.
  // Corrected twice, updated once; its tags make the synthetic articles related to it.
  writeFileSync(
    join(dir, `articles/2021/${CORRECTED_ID}.md`),
    article(
      {
        title: 'Bài thử nghiệm đăng lúc nửa đêm đầu tháng (giả lập)',
        lead: 'Bài giả lập đăng lúc 00:30 ngày 1, có đính chính, không phải tin thật.',
        publishedAt: '2021-02-01T00:30:00+07:00',
        updatedAt: '2021-02-01T10:00:00+07:00',
        category: 'kinh-te',
        author: FIXTURE_AUTHOR.id,
        tags: ['Dữ liệu thử nghiệm', 'Ngân sách giả lập'],
        corrections: [
          { at: '2021-02-02T09:15:00+07:00', text: 'Sửa con số giả lập trong đoạn thứ hai: 12 thay vì 21.' },
          { at: '2021-02-01T08:00:00+07:00', text: 'Sửa tên đơn vị giả lập trong tiêu đề phụ.' },
        ],
      },
      'Đoạn văn giả lập thứ nhất.\n\nĐoạn văn giả lập thứ hai, có con số 12.',
    ),
  );
  // Published an hour before the build: it belongs in the news sitemap (last two days).
  const recent = new Date(Math.floor((Date.now() - 3600_000) / 60_000) * 60_000);
  const recentIso = new Date(recent.getTime() + 7 * 3600_000).toISOString().slice(0, 16) + ':00+07:00';
  mkdirSync(join(dir, `articles/${recentIso.slice(0, 4)}`), { recursive: true });
  writeFileSync(
    join(dir, `articles/${recentIso.slice(0, 4)}/tin-moi-gia-lap.md`),
    article(
      {
        title: 'Tin mới đăng giả lập & thử nghiệm',
        lead: 'Bài giả lập vừa đăng, dùng để kiểm tra sơ đồ trang tin, không phải tin thật.',
        publishedAt: recentIso,
        category: 'do-thi',
        // The home page's lead story: its cover is the big photo on top.
        cover: '../2021/anh/anh-gia-lap.jpg',
        coverAlt: 'Ảnh bìa tin mới giả lập',
      },
      'Nội dung giả lập.',
    ),
  );
  for (const a of SEARCH_CORPUS) {
    mkdirSync(join(dir, `articles/${a.publishedAt.slice(0, 4)}`), { recursive: true });
    writeFileSync(
      join(dir, `articles/${a.publishedAt.slice(0, 4)}/${a.id}.md`),
      article(
        {
          title: a.title,
          lead: 'Bài viết giả lập dùng cho kiểm thử tìm kiếm, không phải tin thật.',
          publishedAt: a.publishedAt,
          category: a.category,
          tags: ['Dữ liệu thử nghiệm tìm kiếm'],
          // One of the home page's stories after the lead: its cover is a thumbnail beside it.
          ...(a.id === 'tim-kiem-dang-uy' ? { cover: '../2021/anh/anh-gia-lap.jpg', coverAlt: 'Ảnh bìa hội nghị giả lập' } : {}),
        },
        a.body,
      ),
    );
  }
  return dir;
}
