/**
 * Copy buttons for the page's own links: beside each section's `#` link and each passage's ¶
 * link, and beside the short link. A click puts the full address (the page's canonical URL with
 * the section's anchor) on the clipboard and says "Link copied" to screen readers. Without
 * JavaScript the links themselves still work.
 */

function announce(text: string): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = '';
  // A fresh text node each time, so the same message is announced again on a second copy.
  requestAnimationFrame(() => {
    status.textContent = text;
  });
}

/** The page's own address as configured (site and base), else the address in the bar. */
function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return (canonical ?? location.href).split('#')[0] ?? location.href;
}

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce('Link copied');
    button.dataset.copied = '';
    setTimeout(() => delete button.dataset.copied, 1500);
  } catch {
    announce('The link could not be copied: select it and copy it instead.');
  }
}

export function addCopyButtons(root: ParentNode = document): void {
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>(
    'main a.heading-anchor, main .passage > a.anchor',
  )) {
    if (anchor.nextElementSibling?.classList.contains('copy-button')) continue;
    const id = anchor.getAttribute('href')?.slice(1) ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy link';
    const what = anchor.getAttribute('aria-label')?.replace(/^Link to this section: /, '') ?? 'this passage';
    button.setAttribute('aria-label', `Copy the link to ${what}`);
    button.addEventListener('click', () => void copy(`${pageUrl()}#${id}`, button));
    anchor.after(button);
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.setAttribute('aria-label', 'Copy the short link');
    button.addEventListener('click', () => void copy(button.dataset.copy ?? '', button));
  }
}
