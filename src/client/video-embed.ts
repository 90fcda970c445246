// Click-to-load videos: nothing is fetched until the reader presses play.
export function enhanceVideoEmbeds(root: ParentNode = document) {
  root.querySelectorAll<HTMLAnchorElement>('a[data-video-src]').forEach((link) => {
    link.setAttribute('role', 'button');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const video = document.createElement('video');
      video.src = link.dataset.videoSrc!;
      video.controls = true;
      video.autoplay = true;
      video.preload = 'auto';
      video.setAttribute('aria-label', link.dataset.videoTitle ?? '');
      link.replaceWith(video);
      video.focus();
    });
  });
}
