/**
 * On every page, and small: opens the search dialog from the header's search link, "/" or
 * Ctrl/Cmd+K, and marks the searched words on a page reached from a search result. The search
 * itself (search-panel.ts) and Pagefind's files load only when the dialog first opens.
 */
import { highlightSearchedWords } from './highlight.ts';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
let panelLoaded: Promise<unknown> | undefined;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** On /search/ the page has its own search box: shortcuts focus it instead of opening the dialog. */
function pageSearchInput(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('x-search[data-context="page"] input[type="search"]');
}

async function openSearch(): Promise<void> {
  const onPage = pageSearchInput();
  if (onPage) {
    onPage.focus();
    onPage.select();
    return;
  }
  if (!dialog) return;
  // Open at once, so typing starts in the box; the panel's script and styles follow (already on
  // their way if the pointer or focus reached the search link).
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  await loadPanel();
}

/** The dialog's and panel's styles, as a stylesheet of their own: pages that never search skip them. */
function loadStyles(): Promise<void> {
  const url = dialog?.dataset.searchStyles;
  if (!url) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    link.addEventListener('load', () => resolve());
    // Unstyled is better than no search at all.
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}

function loadPanel(): Promise<unknown> {
  panelLoaded ??= Promise.all([import('./search-panel.ts'), loadStyles()]);
  return panelLoaded;
}

// Start loading the search as soon as someone heads for it.
for (const type of ['pointerenter', 'focusin', 'touchstart'] as const)
  document.addEventListener(
    type,
    (event) => {
      if ((event.target as Element | null)?.closest?.('[data-search-open]')) void loadPanel();
    },
    { capture: true, passive: true },
  );

document.addEventListener('click', (event) => {
  const opener = (event.target as Element | null)?.closest?.('[data-search-open]');
  if (!opener || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  void openSearch();
});

document.addEventListener('keydown', (event) => {
  const shortcut =
    (event.key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) ||
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));
  if (!shortcut) return;
  event.preventDefault();
  void openSearch();
});

dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
// Esc in a search box first clears it and swallows the dialog's own Esc: close on the first press.
dialog?.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  dialog.close();
});
// A click on the backdrop (outside the dialog's box) closes it, as people expect of a modal.
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});

highlightSearchedWords();
