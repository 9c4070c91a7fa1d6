/**
 * <x-search>: the search form and results, in the header's dialog and on /search/. It plans each
 * query (stop words, synonyms, partial fallback: src/lib/search/query.ts), asks Pagefind through
 * its JavaScript API, and lands each result on the passage or section where the words are
 * (src/lib/search/anchor.ts). On /search/ the query and filters live in the address bar.
 */
import { type Anchor, landingAnchor, resultHref, type WordLocation } from '../lib/search/anchor.ts';
import { FACETS, type FacetName, KIND_LABELS } from '../lib/search/facets.ts';
import { rankByTerms } from '../lib/search/merge.ts';
import { planQuery, type QueryPlan } from '../lib/search/query.ts';
import { readSearchState, type SearchState, writeSearchState } from '../lib/search/url-state.ts';

/** The parts of Pagefind's JavaScript API this uses (see pagefind_web_js/types/index.d.ts). */
interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  anchors: Anchor[];
  weighted_locations: WordLocation[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<FilterCounts>;
  /** Fetches the index chunks a query will need, without searching. */
  preload: (query: string, options?: { filters?: Record<string, unknown> }) => Promise<void>;
}

/** Results shown at once; the rest are a click away on the full search page. */
const SHOWN = 10;
const ACCOUNT_KIND = KIND_LABELS.account;

/**
 * Facet values present in any of the searches. Their counts add up results of different
 * searches, so they say where results are, not how many: the options show no number then.
 */
function mergeCounts(all: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all) {
    for (const [facet, values] of Object.entries(counts)) {
      merged[facet] ??= {};
      for (const [value, count] of Object.entries(values))
        merged[facet][value] = (merged[facet][value] ?? 0) + count;
    }
  }
  return merged;
}
const DEBOUNCE_MS = 120;

let pagefindLoading: Promise<Pagefind> | undefined;
let synonymsLoading: Promise<string[][]> | undefined;

function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindLoading;
}

function loadSynonyms(url: string): Promise<string[][]> {
  synonymsLoading ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<{ groups: string[][] }>) : { groups: [] }))
    .then((file) => file.groups)
    .catch(() => []);
  return synonymsLoading;
}

/** Pagefind's excerpt as nodes: its text, and its <mark> elements, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(doc.body.firstChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function quoted(text: string): string {
  return `“${text}”`;
}

class SearchPanel extends HTMLElement {
  private input!: HTMLInputElement;
  private selects = new Map<FacetName, HTMLSelectElement>();
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;

  private get onPage(): boolean {
    return this.dataset.context === 'page';
  }

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('.search-status');
    const list = this.querySelector<HTMLOListElement>('.search-results');
    if (!input || !status || !list) return;
    this.input = input;
    this.status = status;
    this.list = list;
    for (const { name } of FACETS) {
      const select = this.querySelector<HTMLSelectElement>(`select[data-facet="${name}"]`);
      if (select) this.selects.set(name, select);
    }
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update('push');
    });
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      void this.preload();
      this.timer = setTimeout(() => void this.update('replace'), DEBOUNCE_MS);
    });
    for (const select of this.selects.values())
      select.addEventListener('change', () => void this.update('push'));
    if (this.onPage) {
      this.apply(readSearchState(location.search));
      window.addEventListener('popstate', () => {
        this.apply(readSearchState(location.search));
        void this.update('none');
      });
    }
    void this.update('none');
  }

  /** Pagefind and the synonyms, each loaded once for the page (on first use). */
  private load(): Promise<[Pagefind, string[][]]> {
    return Promise.all([
      loadPagefind(this.dataset.bundle ?? '/pagefind/'),
      loadSynonyms(this.dataset.synonyms ?? ''),
    ]);
  }

  /**
   * While the debounce waits, fetch the index chunks the words typed so far will need (synonyms
   * included), so the search that follows finds them loaded.
   */
  private async preload(): Promise<void> {
    try {
      const [pagefind, synonyms] = await this.load();
      for (const search of planQuery(this.input.value.trim(), synonyms).searches)
        void pagefind.preload(search.query);
    } catch {
      // The search itself reports a Pagefind that does not load.
    }
  }

  private state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [name, select] of this.selects) if (select.value) filters[name] = select.value;
    return { query: this.input.value.trim(), filters };
  }

  /** Puts a state from the URL into the form (options not yet known are added so they can be selected). */
  private apply(state: SearchState): void {
    this.input.value = state.query;
    for (const [name, select] of this.selects) {
      const value = state.filters[name] ?? '';
      if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
  }

  private syncAddress(mode: 'push' | 'replace' | 'none', state: SearchState): void {
    const search = writeSearchState(state);
    const full = this.querySelector<HTMLAnchorElement>('[data-search-full]');
    if (full) full.href = `${this.dataset.searchPage ?? '/search/'}${search}`;
    if (!this.onPage || mode === 'none' || search === location.search) return;
    const url = `${location.pathname}${search}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private async update(mode: 'push' | 'replace' | 'none'): Promise<void> {
    const run = ++this.run;
    const state = this.state();
    this.syncAddress(mode, state);
    let pagefind: Pagefind;
    let synonyms: string[][];
    try {
      [pagefind, synonyms] = await this.load();
    } catch {
      this.status.textContent = 'Search could not load. Browse the lists on the search page instead.';
      return;
    }
    const filters = state.filters as Record<string, string>;
    const plan = planQuery(state.query, synonyms);
    const hasFilter = Object.keys(filters).length > 0;
    if (plan.searches.length === 0 && !hasFilter) {
      this.fillFacets(await pagefind.filters(), state, true);
      if (run !== this.run) return;
      this.list.replaceChildren();
      this.status.textContent = state.query ? `Type a word about a situation, a page or an idea.` : '';
      this.querySelector<HTMLElement>('.search-more')?.setAttribute('hidden', '');
      return;
    }
    const found = await this.search(pagefind, plan, filters);
    if (run !== this.run) return;
    this.fillFacets(found.counts, state, plan.searches.length === 0);
    await this.render(found.results, plan, state, found.whole);
  }

  /**
   * Guidance first, then example accounts (unless a kind is chosen): Pagefind ranks within a
   * search but cannot rank one kind of page below another, so each kind is its own pass, picked
   * with Pagefind's own filters.
   */
  private async search(pagefind: Pagefind, plan: QueryPlan, filters: Record<string, unknown>) {
    if (filters.kind) return this.searchPass(pagefind, plan, filters);
    const [guidance, accounts] = await Promise.all([
      this.searchPass(pagefind, plan, { ...filters, not: { kind: ACCOUNT_KIND } }),
      this.searchPass(pagefind, plan, { ...filters, kind: ACCOUNT_KIND }),
    ]);
    return {
      results: [...guidance.results, ...accounts.results],
      whole: guidance.whole + accounts.whole,
      // Pagefind's totals leave the filters out, so both passes give the same: take one.
      counts: guidance.counts,
    };
  }

  /** One search per term and synonym, ranked together (src/lib/search/merge.ts); with no words, the filters alone. */
  private async searchPass(pagefind: Pagefind, plan: QueryPlan, filters: Record<string, unknown>) {
    if (plan.searches.length === 0) {
      // Browsing by filters alone: the counts are those of the whole site, exact.
      const [browse, counts] = await Promise.all([pagefind.search(null, { filters }), pagefind.filters()]);
      const results = browse?.results ?? [];
      return { results, whole: results.length, counts };
    }
    const searches = await Promise.all(
      plan.searches.map(async (s) => ({ ...s, found: await pagefind.search(s.query, { filters }) })),
    );
    const ranked = rankByTerms(
      searches.map((s) => ({ term: s.term, weight: s.weight, hits: s.found?.results ?? [] })),
      plan.terms.length,
    );
    return {
      results: ranked.map((r) => r.hit),
      whole: ranked.filter((r) => r.matched === plan.terms.length).length,
      counts: mergeCounts(searches.map((s) => s.found?.totalFilters ?? {})),
    };
  }

  /** Each facet's options: human labels (with counts when they are exact), none that would give no result. */
  private fillFacets(counts: FilterCounts, state: SearchState, exact: boolean): void {
    for (const [name, select] of this.selects) {
      const values = Object.entries(counts[name] ?? {}).filter(
        ([value, count]) => count > 0 || value === state.filters[name],
      );
      values.sort((a, b) => a[0].localeCompare(b[0]));
      const label = (value: string, count: number) => (exact ? `${value} (${count})` : value);
      const options = [
        new Option('Any', ''),
        ...values.map(([value, count]) => new Option(label(value, count), value)),
      ];
      select.replaceChildren(...options);
      select.value = state.filters[name] ?? '';
    }
    const fieldset = this.querySelector<HTMLElement>('.search-facets');
    fieldset?.removeAttribute('hidden');
    fieldset?.removeAttribute('data-pending');
  }

  /** `whole`: how many of the results have every word (or a synonym of it). */
  private async render(
    results: PagefindResult[],
    plan: QueryPlan,
    state: SearchState,
    whole: number,
  ): Promise<void> {
    const run = this.run;
    const shown = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    if (run !== this.run) return;
    const items = shown.map((data) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const anchor = landingAnchor(data.anchors, data.weighted_locations);
      const link = document.createElement('a');
      link.href = resultHref(data.url, plan.highlight, anchor);
      const kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = data.meta.kind ?? 'Page';
      const title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = data.meta.title ?? data.url;
      link.append(kind, ' ', title);
      const excerpt = document.createElement('p');
      excerpt.className = 'result-excerpt';
      excerpt.append(...excerptNodes(data.excerpt));
      item.append(link, excerpt);
      return item;
    });
    this.list.replaceChildren(...items);
    const what = state.query ? ` for ${quoted(state.query)}` : '';
    const count = results.length;
    const pages = `${count} ${count === 1 ? 'result' : 'results'}`;
    const partial = count - whole;
    const shownNote = count > SHOWN ? `, the first ${SHOWN} shown` : '';
    this.status.textContent =
      count === 0
        ? `No results${what}. Try another word, or remove a filter.`
        : whole === 0
          ? `No page has every word${what}; ${pages} with some of them${shownNote}.`
          : partial > 0
            ? `${whole} ${whole === 1 ? 'page has' : 'pages have'} every word${what}, ${partial} more some of them${shownNote}.`
            : `${pages}${what}${shownNote}.`;
    const more = this.querySelector<HTMLElement>('.search-more');
    if (more) more.hidden = count <= SHOWN;
  }
}

if (!customElements.get('x-search')) customElements.define('x-search', SearchPanel);
