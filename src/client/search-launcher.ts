/**
 * On every page, and small: opens the search dialog from the header's search link, "/" or
 * Ctrl/Cmd+K, and marks the searched words on a page reached from a search result. The dialog is
 * made on first use (src/lib/search/panel-markup.ts); the search itself (search-panel.ts), its
 * stylesheet and Pagefind's files load only then.
 */
import {
  pagefindPath,
  searchStylesheetPath,
  searchSynonymsPath,
  withBase,
} from '../lib/playbook/site-paths.ts';
import { searchDialogHtml } from '../lib/search/panel-markup.ts';
import { highlightSearchedWords } from './highlight.ts';

const opener = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
/** A site path with the deploy base, as the pages' links have it. */
const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
let dialog: HTMLDialogElement | undefined;
let panelLoaded: Promise<unknown> | undefined;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** On /search/ the page has its own search box: shortcuts focus it instead of opening the dialog. */
function pageSearchInput(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('x-search[data-context="page"] input[type="search"]');
}

/** The dialog, made the first time it is needed, with the ways to close it people expect. */
function searchDialog(): HTMLDialogElement | undefined {
  if (dialog || !opener) return dialog;
  const made = document.createElement('dialog');
  made.className = 'search-dialog';
  made.setAttribute('aria-label', 'Search the playbook');
  made.dataset.searchDialog = '';
  made.innerHTML = searchDialogHtml({
    bundle: href(pagefindPath()),
    synonyms: href(searchSynonymsPath()),
    searchPage: opener.href,
  });
  made.querySelector('[data-search-close]')?.addEventListener('click', () => made.close());
  // Esc in a search box first clears it and swallows the dialog's own Esc: close on the first press.
  made.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    made.close();
  });
  // A click on the backdrop (outside the dialog's box) closes it, as people expect of a modal.
  made.addEventListener('click', (event) => {
    if (event.target === made) made.close();
  });
  document.body.append(made);
  dialog = made;
  return made;
}

async function openSearch(): Promise<void> {
  const onPage = pageSearchInput();
  if (onPage) {
    onPage.focus();
    onPage.select();
    return;
  }
  const box = searchDialog();
  if (!box) return;
  // Open at once, so typing starts in the box; the panel's script and styles follow (already on
  // their way if the pointer or focus reached the search link).
  if (!box.open) box.showModal();
  box.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  await loadPanel();
}

/** The panel's styles, a stylesheet of their own: pages that never search skip them. */
function loadStyles(): Promise<void> {
  const url = href(searchStylesheetPath());
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
  const link = (event.target as Element | null)?.closest?.('[data-search-open]');
  if (!link || event.defaultPrevented || event.button !== 0) return;
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

highlightSearchedWords();
