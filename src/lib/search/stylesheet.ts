/**
 * The search dialog's stylesheet is its own file, fetched when the search first opens, so pages
 * that never search do not pay for it. Its name carries a digest of its text: a browser may keep
 * it as long as it likes, and a changed stylesheet gets a new name. Pure.
 */
import { shortHash } from '../hash.ts';

/** `stylesheet` is the name in `/search/<name>.css`: `styles.<digest>`. */
export function searchStylesheetName(css: string): string {
  return `styles.${shortHash(css, 10)}`;
}

export function searchStylesheetPath(css: string): string {
  return `/search/${searchStylesheetName(css)}.css`;
}
