// What an author's page renders besides its list: the photo (optimised like article photos) and the
// ProfilePage JSON-LD Google reads for an author's URL.
import { getImage } from 'astro:assets';
import { locale } from '../i18n/vi.ts';
import { profilePageGraph } from '../lib/structured-data.ts';
import { authorUrl } from '../lib/urls.ts';
import { absoluteUrl } from './publisher.ts';
import type { Author } from './site-data.ts';

/** The portrait's width on the page; the image is made at twice that for sharp screens. */
const PHOTO_WIDTH = 96;

export async function authorPage(author: Author, site: URL) {
  const photo = author.photo ? await getImage({ src: author.photo, width: PHOTO_WIDTH, densities: [1, 2], format: 'webp' }) : undefined;
  const url = absoluteUrl(site, authorUrl(author.id));
  const jsonLd = profilePageGraph({
    url,
    name: author.name,
    description: author.bio,
    imageUrl: photo ? absoluteUrl(site, photo.src) : undefined,
    inLanguage: locale.lang,
  });
  return {
    jsonLd,
    photo: photo && {
      src: photo.src,
      srcset: photo.srcSet.attribute,
      width: PHOTO_WIDTH,
      height: Math.round((PHOTO_WIDTH * Number(photo.attributes.height)) / Number(photo.attributes.width)),
    },
  };
}
