/**
 * On a page opened from a search result (`?highlight=words#anchor`), marks those words in the
 * passage or section landed on (or in the page's main text), so the reader sees at once why
 * the page came up.
 */

const MAX_MARKS = 60;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function highlightSearchedWords(): void {
  const words = new URLSearchParams(location.search).get('highlight')?.trim();
  if (!words) return;
  const terms = [...new Set(words.split(/\s+/).filter((w) => w.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  if (terms.length === 0) return;
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const scope = target ?? document.querySelector('main');
  if (!scope) return;
  // Whole words and their endings ("reply" marks "replying"), never the inside of another word.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})[\\p{L}]*`, 'giu');
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], svg')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let marks = 0;
  for (const text of texts) {
    if (marks >= MAX_MARKS) break;
    const value = text.nodeValue ?? '';
    pattern.lastIndex = 0;
    if (!pattern.test(value)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      const start = match.index ?? 0;
      fragment.append(value.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      fragment.append(mark);
      last = start + match[0].length;
      marks++;
    }
    fragment.append(value.slice(last));
    text.replaceWith(fragment);
  }
}
