// Components editors can use in MDX without importing them (passed to every article's <Content />).
import Figure from '../Figure.astro';
import PullQuote from '../PullQuote.astro';
import Callout from '../Callout.astro';
import VideoEmbed from '../VideoEmbed.astro';

export const mdxComponents = { Figure, PullQuote, Callout, VideoEmbed };
