/**
 * Filtering the plays index by mode without JavaScript. Each filter is a plain link to an empty
 * target element (`#for-<mode>`) placed before the lists; while that element is the URL's
 * `:target`, CSS hides the cards that do not serve the mode and shows a note saying so. The rules
 * depend on the mode ids, which are data, so they are generated here.
 */
import { playFilterId } from './routes.ts';

const SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The stylesheet for the filters. Cards carry `data-modes="a b"`, notes `data-filter-note="a"`,
 * "nothing here" messages `data-filter-empty="a b"` and filter links `data-filter="a"` (or "all").
 * Ids that are not slugs are skipped, so data can never inject CSS.
 */
export function modeFilterCss(modeIds: readonly string[]): string {
  const rules = [
    '[data-filter-note], [data-filter-empty] { display: none; }',
    '.play-filter:not(:has(.filter-target:target)) [data-filter="all"] { font-weight: 700; }',
  ];
  for (const id of modeIds.filter((m) => SAFE_ID.test(m))) {
    const target = `#${playFilterId(id)}:target ~ *`;
    rules.push(
      `${target} [data-modes]:not([data-modes~="${id}"]) { display: none; }`,
      `${target} [data-filter-note="${id}"], ${target} [data-filter-empty~="${id}"] { display: block; }`,
      `${target} [data-filter="${id}"] { font-weight: 700; }`,
    );
  }
  return rules.join('\n');
}

/** Modes (of those given) for which none of the items is listed: where a group shows "none". */
export function modesWithout(
  modeIds: readonly string[],
  items: readonly { modes: readonly string[] }[],
): string[] {
  return modeIds.filter((id) => !items.some((item) => item.modes.includes(id)));
}
