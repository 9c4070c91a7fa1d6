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
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  panelLoaded ??= import('./search-panel.ts');
  await panelLoaded;
}

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
