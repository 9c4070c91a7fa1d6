/** Loads Pagefind's UI only on the search page, from the index the build wrote. */
interface PagefindUIConstructor {
  new (options: Record<string, unknown>): unknown;
}

export async function mountSearch(): Promise<void> {
  const host = document.querySelector<HTMLElement>('[data-pagefind-ui]');
  if (!host) return;
  const bundle = host.dataset.bundle ?? '/pagefind/';
  const script = document.createElement('script');
  script.src = `${bundle}pagefind-ui.js`;
  await new Promise<void>((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('the search index could not be loaded'));
    document.head.append(script);
  });
  const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  new PagefindUI({
    element: '#search',
    bundlePath: bundle,
    showSubResults: true,
    showImages: false,
    autofocus: true,
  });
  const input = host.querySelector<HTMLInputElement>('input');
  if (!input) return;
  // Pagefind's input has only a placeholder; give it a visible label (WCAG 3.3.2).
  input.id = 'search-input';
  const label = document.querySelector<HTMLLabelElement>('label[for="search-input"]');
  if (label) label.hidden = false;
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input'));
  }
}
