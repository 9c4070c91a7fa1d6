/**
 * <x-workshop>: the workshop deck. Lists the live plays and business types (fetched from
 * /workshop/catalog.json) as checkboxes, keeps the ticks in the address bar, and before printing
 * fetches each ticked item's own page and puts its handout into the deck, one card per page,
 * with the page's own styles.
 */
import {
  type CatalogItem,
  type DeckSelection,
  deckItems,
  readDeck,
  writeDeck,
} from '../lib/playbook/workshop.ts';

const GROUPS: { kind: CatalogItem['kind']; legend: string }[] = [
  { kind: 'play', legend: 'Plays' },
  { kind: 'anti-pattern', legend: 'Anti-patterns' },
  { kind: 'business-type', legend: 'Business types' },
];

class Workshop extends HTMLElement {
  private catalog: CatalogItem[] = [];
  private selection: DeckSelection = { plays: [], types: [] };

  async connectedCallback(): Promise<void> {
    const picker = this.querySelector<HTMLElement>('.workshop-picker');
    if (!picker) return;
    this.selection = readDeck(location.search);
    try {
      const response = await fetch(this.dataset.catalog ?? '');
      this.catalog = (await response.json()) as CatalogItem[];
    } catch {
      picker.hidden = false;
      this.count('The list of plays could not be loaded.');
      return;
    }
    this.renderLists();
    picker.hidden = false;
    this.update();
    this.querySelector('[data-print]')?.addEventListener('click', () => void this.printDeck());
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      this.selection = { plays: [], types: [] };
      for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        box.checked = false;
      this.update();
    });
    this.querySelector<HTMLInputElement>('[data-filter]')?.addEventListener('input', (event) => {
      const words = (event.target as HTMLInputElement).value.toLowerCase().trim();
      for (const label of this.querySelectorAll<HTMLElement>('[data-lists] label')) {
        label.hidden = words !== '' && !(label.textContent ?? '').toLowerCase().includes(words);
      }
    });
    // Printing from the browser's menu builds the deck too.
    window.addEventListener('beforeprint', () => void this.fillDeck());
  }

  private renderLists(): void {
    const lists = this.querySelector('[data-lists]');
    if (!lists) return;
    lists.replaceChildren(
      ...GROUPS.map(({ kind, legend }) => {
        const fieldset = document.createElement('fieldset');
        const title = document.createElement('legend');
        title.textContent = legend;
        fieldset.append(title);
        for (const item of this.catalog.filter((i) => i.kind === kind)) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.value = item.id;
          box.dataset.kind = kind === 'business-type' ? 'types' : 'plays';
          box.checked = this.listFor(box).includes(item.id);
          box.addEventListener('change', () => this.toggle(box));
          label.append(box, item.title);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
  }

  private listFor(box: HTMLInputElement): string[] {
    return box.dataset.kind === 'types' ? this.selection.types : this.selection.plays;
  }

  private toggle(box: HTMLInputElement): void {
    const key = box.dataset.kind === 'types' ? 'types' : 'plays';
    const list = this.selection[key].filter((id) => id !== box.value);
    this.selection = { ...this.selection, [key]: box.checked ? [...list, box.value] : list };
    this.update();
  }

  private update(): void {
    history.replaceState(null, '', `${location.pathname}${writeDeck(this.selection)}`);
    const n = deckItems(this.selection, this.catalog).length;
    this.count(n === 0 ? 'Nothing ticked yet.' : `${n} ${n === 1 ? 'card' : 'cards'} in the deck.`);
    const print = this.querySelector<HTMLButtonElement>('[data-print]');
    if (print) print.disabled = n === 0;
  }

  private count(text: string): void {
    const status = this.querySelector('[data-count]');
    if (status) status.textContent = text;
  }

  /** Each ticked item's handout (its page's main content), ids dropped so cards cannot clash. */
  private async fillDeck(): Promise<void> {
    const deck = this.querySelector<HTMLElement>('[data-deck]');
    if (!deck) return;
    const base = this.dataset.base ?? '/';
    const items = deckItems(this.selection, this.catalog);
    const pages = await Promise.all(
      items.map(async (item) =>
        new DOMParser().parseFromString(
          await (await fetch(`${base}${item.path.slice(1)}`)).text(),
          'text/html',
        ),
      ),
    );
    const styles = new Set(
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
    );
    const inline = new Set([...document.querySelectorAll('head style')].map((s) => s.textContent));
    for (const page of pages) {
      // Small stylesheets are inlined into each page's head: bring those of the cards' pages too
      // (this page's Content-Security-Policy allows them: data-csp-site-styles, src/lib/csp/policy.ts).
      for (const style of page.querySelectorAll('head style')) {
        if (inline.has(style.textContent)) continue;
        inline.add(style.textContent);
        const copy = document.createElement('style');
        copy.textContent = style.textContent;
        document.head.append(copy);
      }
      for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
        const url = new URL(link.getAttribute('href') ?? '', location.href).href;
        if (styles.has(url)) continue;
        styles.add(url);
        const copy = document.createElement('link');
        copy.rel = 'stylesheet';
        copy.href = url;
        document.head.append(copy);
      }
    }
    deck.replaceChildren(
      ...pages.map((page) => {
        const main = page.querySelector('main');
        const card = document.createElement('article');
        card.className = 'deck-card';
        if (main?.dataset.printSheet) card.dataset.printSheet = main.dataset.printSheet;
        for (const child of [...(main?.children ?? [])]) {
          if (child.matches('.page-tools, .qr-overlay, [hidden]')) continue;
          card.append(document.importNode(child, true));
        }
        for (const el of card.querySelectorAll('[id]')) el.removeAttribute('id');
        for (const el of card.querySelectorAll('[aria-labelledby]')) el.removeAttribute('aria-labelledby');
        return card;
      }),
    );
    await Promise.all(
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) =>
        l.sheet ? null : new Promise((r) => l.addEventListener('load', r, { once: true })),
      ),
    );
  }

  private async printDeck(): Promise<void> {
    await this.fillDeck();
    window.print();
  }
}

if (!customElements.get('x-workshop')) customElements.define('x-workshop', Workshop);
