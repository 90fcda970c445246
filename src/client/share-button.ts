// The "Chia sẻ" button: the phone's own share sheet (Web Share API, where Zalo, Facebook and messaging
// apps appear) or, where there is none, copying the article's link. No third-party script or request.
// The button stays hidden without JavaScript, where it could do nothing.

export function enhanceShareButtons(root: ParentNode = document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-share]')) {
    const { title = document.title, url = location.href, copied = '', copyFailed = '' } = button.dataset;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-share-status]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    const canShare = typeof navigator.share === 'function';
    const canCopy = typeof navigator.clipboard?.writeText === 'function';
    if (!canShare && !canCopy) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      say('');
      if (canShare) {
        try {
          await navigator.share({ title, url });
          return;
        } catch (error) {
          // The reader closed the sheet: nothing to say. Any other failure falls back to copying.
          if ((error as DOMException).name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        say(copied);
      } catch {
        say(copyFailed.replace('{url}', url));
      }
    });
  }
}
