// How an article's photos are made and shown: in three widths, as wide as the article column on a
// desktop (44rem, src/styles) and the screen on a phone. One rule for body photos and covers alike.
export const articlePhoto = {
  widths: [400, 800, 1200],
  sizes: '(min-width: 48rem) 44rem, 100vw',
} as const;
