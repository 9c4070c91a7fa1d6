/**
 * Astro puts a build's whole content data store into one module, `export default
 * JSON.parse("…")`: a single string literal of tens of megabytes (47 MB for the 5,000-page
 * benchmark playbook, 78 MB for its comparison text), which the bundler then parses, transforms
 * and writes into a prerender chunk, and Node reads and compiles back before the first page.
 *
 * In a static build the module is only ever evaluated by the build itself, on this machine, right
 * after bundling, so `dataStoreFileModule` replaces it with a module that reads Astro's own store
 * file when the pages are rendered: the same text, parsed the same way, without the round trip
 * through the bundler (5–9 s less for the bundle and render of the 5,000-page comparison text,
 * with the same bytes in every page). The dev server keeps Astro's module, cut into pieces by
 * `splitDataStoreModule`: V8 compiles one literal that long in time that grows faster than its
 * length (3.9 s for 47 MB and 8.4 s for 78 MB here, against 0.4 s in 1 MB pieces).
 */

/** Characters per piece: small enough to compile in linear time, few enough to join at once. */
const PIECE = 1 << 20;
const HEAD = 'export default JSON.parse("';
const TAIL = '")';
/** The longest escape in a JSON string literal, `\uXXXX`. */
const LONGEST_ESCAPE = 6;

/**
 * The module with its string literal cut into pieces, or undefined when the module is not the
 * one-literal shape this expects (then it is left as Astro wrote it). A cut never falls inside an
 * escape: it is made only where the characters just before it hold no backslash.
 */
export function splitDataStoreModule(code: string, piece = PIECE): string | undefined {
  const trimmed = code.trimEnd().replace(/;$/, '');
  if (!trimmed.startsWith(HEAD) || !trimmed.endsWith(TAIL)) return undefined;
  const start = HEAD.length;
  const end = trimmed.length - TAIL.length;
  if (end - start <= piece) return undefined;
  const pieces: string[] = [];
  let from = start;
  while (from < end) {
    let cut = Math.min(from + piece, end);
    while (cut < end && trimmed.lastIndexOf('\\', cut - 1) >= cut - LONGEST_ESCAPE) cut++;
    pieces.push(`"${trimmed.slice(from, cut)}"`);
    from = cut;
  }
  return `export default JSON.parse([\n${pieces.join(',\n')}\n].join(''))`;
}

/**
 * The data store module of a static build: reads the store file Astro wrote at the end of the
 * content sync (`<cacheDir>/data-store.json`) when the prerendered pages first ask for content.
 */
export function dataStoreFileModule(storeFile: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
  ].join('\n');
}
