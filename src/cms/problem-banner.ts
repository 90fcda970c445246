// The list of what stops a save, shown above the CMS's form and read out by screen readers (role
// "alert"); hidden again once the entry has no problem.
const BANNER_ID = 'news-cms-problems';

export function showProblems(problems: readonly string[]): void {
  document.getElementById(BANNER_ID)?.remove();
  if (!problems.length) return;
  const banner = document.createElement('section');
  banner.id = BANNER_ID;
  banner.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.textContent = 'Chưa lưu được bài. Hãy sửa:';
  const list = document.createElement('ul');
  for (const problem of problems) list.append(Object.assign(document.createElement('li'), { textContent: problem }));
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Đóng' });
  close.addEventListener('click', () => banner.remove());
  banner.append(heading, list, close);
  document.body.append(banner);
}
