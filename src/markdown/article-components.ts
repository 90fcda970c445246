// The components editors may use in MDX articles: what each accepts, and the HTML it becomes.
//
// An MDX article is content, not code: the build never compiles or runs it. Its syntax tree is checked
// against these specs (./mdx-content.ts: names, props, literal values, images imported from beside the
// article) and each use is turned into HTML by these builders (./rehype-article-components.ts), so MDX
// articles are rendered once and cached like Markdown (src/loaders/article-bodies.ts).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { ui } from '../i18n/vi.ts';
import { articlePhoto } from '../lib/article-photo.ts';

/**
 * What a prop's value may be. `image`: a photo imported from beside the article (optimised by the
 * build) or a path of the site ("/anh/x.jpg"); `video`: a video file imported from beside the article
 * (published next to the article page) or a path of the site ("/video/x.mp4").
 */
type PropKind = 'text' | 'number' | 'boolean' | 'image' | 'video';

export interface PropSpec {
  kind: PropKind;
  required?: boolean;
  /** The only texts allowed (e.g. a tone). */
  oneOf?: readonly string[];
}

/** A photo prop once resolved: the <img> for it (a local photo's is optimised by Astro afterwards). */
interface ImageValue {
  img: Element;
  /** Imported from beside the article (Astro optimises it: responsive sizes) rather than a site path. */
  local: boolean;
}

type PropValue = string | number | boolean | ImageValue;
export type ComponentProps = Record<string, PropValue | undefined>;

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** Whether the component takes content between its tags (<Callout>…</Callout>). */
  children: boolean;
  /** Editors' one-line example, for error messages. */
  example: string;
  render(props: ComponentProps, children: ElementContent[]): Element;
}

const text = (props: ComponentProps, name: string) => (typeof props[name] === 'string' ? (props[name] as string) : undefined);
const number = (props: ComponentProps, name: string) => (typeof props[name] === 'number' ? (props[name] as number) : undefined);
const image = (props: ComponentProps, name: string) => (typeof props[name] === 'object' ? (props[name] as ImageValue) : undefined);

/** A photo with its caption and credit; without a photo (legacy articles) the caption stays and a placeholder says so. */
function renderFigure(props: ComponentProps): Element {
  const photo = image(props, 'src');
  const caption = text(props, 'caption');
  const credit = text(props, 'credit');
  const eager = props.eager === true;
  let content: Element;
  if (!photo) {
    content = h('div.figure__missing', { dataPagefindIgnore: true }, [
      h('span.figure__missing-label', ui.missingPhoto),
      h('span.figure__missing-note', ui.missingPhotoNote),
    ]);
  } else {
    content = photo.img;
    Object.assign(content.properties, { alt: text(props, 'alt') ?? '' });
    // A local photo is optimised by Astro, which reads these as the image's options (responsive widths).
    if (photo.local) Object.assign(content.properties, { widths: [...articlePhoto.widths], sizes: articlePhoto.sizes });
    else Object.assign(content.properties, { width: number(props, 'width'), height: number(props, 'height') });
    Object.assign(content.properties, { loading: eager ? 'eager' : 'lazy', decoding: 'async', fetchpriority: eager ? 'high' : undefined });
  }
  const captionParts: ElementContent[] = [];
  if (caption) captionParts.push({ type: 'text', value: caption });
  if (credit) captionParts.push(h('span.figure__credit', `${caption ? ' ' : ''}(${credit})`));
  return h(
    'figure',
    { className: photo ? ['figure'] : ['figure', 'figure--missing'], dataMissingPhoto: !photo },
    captionParts.length ? [content, h('figcaption', captionParts)] : [content],
  );
}

/** A pull quote: a short passage set apart, with who said it. */
function renderPullQuote(props: ComponentProps, children: ElementContent[]): Element {
  const quote = text(props, 'quote');
  const cite = text(props, 'cite');
  return h('figure.pull-quote', [h('blockquote', quote ? [h('p', quote)] : children), ...(cite ? [h('figcaption', `— ${cite}`)] : [])]);
}

/** A highlighted box for context an article needs set apart: background, figures, how to apply. */
function renderCallout(props: ComponentProps, children: ElementContent[]): Element {
  const title = text(props, 'title');
  const tone = text(props, 'tone') ?? 'info';
  return h('aside', { className: ['callout', `callout--${tone}`], ariaLabel: title }, [
    ...(title ? [h('p.callout__title', title)] : []),
    h('div.callout__body', children),
  ]);
}

/**
 * A video that loads nothing until the reader asks: a poster and a play button; the video element is
 * created on click (src/client/video-embed.ts). Without JavaScript the button is a plain link to the file.
 */
function renderVideoEmbed(props: ComponentProps): Element {
  const src = text(props, 'src') ?? '';
  const title = text(props, 'title') ?? '';
  const poster = image(props, 'poster');
  const caption = text(props, 'caption');
  if (poster) Object.assign(poster.img.properties, { alt: '', loading: 'lazy', decoding: 'async' });
  return h('figure.video', [
    h('a.video__play', { href: src, dataVideoSrc: src, dataVideoTitle: title }, [
      ...(poster ? [poster.img] : []),
      h('span.video__label', [h('span', { ariaHidden: 'true' }, '▶'), ` ${ui.playVideo}: ${title}`]),
    ]),
    ...(caption ? [h('figcaption', caption)] : []),
  ]);
}

export const articleComponents: Record<string, ComponentSpec> = {
  Figure: {
    props: {
      src: { kind: 'image' },
      alt: { kind: 'text' },
      caption: { kind: 'text' },
      credit: { kind: 'text' },
      width: { kind: 'number' },
      height: { kind: 'number' },
      eager: { kind: 'boolean' },
    },
    children: false,
    example: '<Figure src={anh} alt="Mô tả ảnh" caption="Chú thích" credit="Ảnh: Tên" />',
    render: renderFigure,
  },
  PullQuote: {
    props: { quote: { kind: 'text' }, cite: { kind: 'text' } },
    children: true,
    example: '<PullQuote quote="Câu trích dẫn." cite="Họ tên, chức vụ" />',
    render: renderPullQuote,
  },
  Callout: {
    props: { title: { kind: 'text' }, tone: { kind: 'text', oneOf: ['info', 'note', 'warning'] } },
    children: true,
    example: '<Callout title="Thông tin thêm">Nội dung</Callout>',
    render: renderCallout,
  },
  VideoEmbed: {
    props: {
      src: { kind: 'video', required: true },
      title: { kind: 'text', required: true },
      poster: { kind: 'image' },
      caption: { kind: 'text' },
    },
    children: false,
    example: '<VideoEmbed src="/video/2021/hoi-nghi.mp4" title="Tên video" />',
    render: renderVideoEmbed,
  },
};
