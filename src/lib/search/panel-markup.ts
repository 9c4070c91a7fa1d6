/**
 * The search panel's markup, the same on /search/ (rendered by SearchPanel.astro) and in the
 * header's dialog (made by src/client/search-launcher.ts when the search first opens, so pages
 * that never search carry none of it). Pure, and small enough for the launcher to include.
 */
import { FACETS } from './facets.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export interface SearchPanelUrls {
  /** Pagefind's folder, base included. */
  bundle: string;
  /** The synonyms file. */
  synonyms: string;
  /** The /search/ page: the form's target without JavaScript. */
  searchPage: string;
}

/**
 * `page`: on /search/, the URL holds the query; `dialog`: in the header's dialog. On the page the
 * filters keep their place while Pagefind loads (`data-pending`: invisible, not absent), so the
 * index below them does not jump when they fill in; without JavaScript they take no room.
 */
export function searchPanelHtml(context: 'page' | 'dialog', urls: SearchPanelUrls): string {
  const id = `${context}-search-input`;
  const facets = FACETS.map(
    (facet) =>
      `<label><span>${escapeHtml(facet.label)}</span><select name="${facet.name}" data-facet="${facet.name}"><option value="">Any</option></select></label>`,
  ).join('');
  return (
    `<x-search class="search-panel" data-context="${context}" data-bundle="${escapeHtml(urls.bundle)}" data-synonyms="${escapeHtml(urls.synonyms)}" data-search-page="${escapeHtml(urls.searchPage)}">` +
    `<form role="search" action="${escapeHtml(urls.searchPage)}" method="get">` +
    `<label for="${id}">Search the playbook</label>` +
    `<div class="search-row"><input id="${id}" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="A situation, a question, a word"><button type="submit">Search</button></div>` +
    `<fieldset class="search-facets" ${context === 'page' ? 'data-pending' : 'hidden'}><legend class="visually-hidden">Filter the results</legend>${facets}</fieldset>` +
    '</form>' +
    '<p class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>' +
    '<ol class="search-results"></ol>' +
    (context === 'dialog'
      ? `<p class="meta-list search-more" hidden><a href="${escapeHtml(urls.searchPage)}" data-search-full>Open the full search page</a></p>`
      : '') +
    '</x-search>'
  );
}

/** The dialog around the panel: a title for sighted readers, a close button, the panel. */
export function searchDialogHtml(urls: SearchPanelUrls): string {
  return (
    '<div class="search-dialog-head"><p class="search-dialog-title" aria-hidden="true">Search</p>' +
    '<button type="button" class="search-close" data-search-close>Close<span class="visually-hidden"> search</span></button></div>' +
    searchPanelHtml('dialog', urls)
  );
}
