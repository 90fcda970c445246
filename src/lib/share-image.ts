// The share images the build draws for articles without a cover photo (tools/build/share-images.ts):
// their size (OpenGraph's large card, the default image's too) and their file beside the article's page.
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export const SHARE_IMAGE_FILE = 'anh-chia-se.png';
