/**
 * What a built page holds that a Content-Security-Policy has to name or would block. Pure: the
 * build (src/lib/node/csp/apply-policy.ts) reads the pages, hashes what this finds and writes
 * the policy (./policy.ts).
 *
 * - Inline `<script>` and `<style>` bodies: allowed by their hash. Astro inlines small scripts
 *   (the chooser's) and every page's small stylesheet; a component's `<style is:inline>` is one too.
 * - What no hash can allow without `'unsafe-hashes'` or `'unsafe-inline'`: `style="…"`
 *   attributes, `on…="…"` event handler attributes and `javascript:` URLs. The build refuses
 *   them, so a page never silently loses a style or a handler to the policy.
 *
 * It follows the HTML Astro writes: comments, quoted or bare attribute values (Astro escapes
 * only `&` and `"` in them, so a quoted value may hold `<` and `>`), and the raw text of
 * `<script>` and `<style>` (code, where `x.onclick=` is no attribute).
 */

import { decodeEntities } from '../html-entities.ts';

/** Something on a page that the policy would block and no hash can allow. */
export interface BlockedInline {
  kind: 'style attribute' | 'event handler' | 'javascript: URL';
  /** The element and attribute, with the start of the value: `rect style="fill:red"`. */
  where: string;
}

export interface InlineSources {
  /** Bodies of inline scripts the browser runs (classic, module, import map, speculation rules). */
  scripts: string[];
  /** Bodies of `<style>` elements. */
  styles: string[];
  /** Offset of the first inline `<script>` or `<style>` tag, or -1: the policy must come before it. */
  firstInlineAt: number;
  blocked: BlockedInline[];
}

/** `type` values of scripts the browser runs; any other (`application/ld+json`, …) is data, not checked by CSP. */
const RUN_TYPES =
  /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript))$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** A start tag at the regex's position: its name, then its attributes (quoted values may hold `<` and `>`). */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/y;
/** One attribute: name, then a double-quoted, single-quoted or bare value, if any. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Attributes worth a closer look; most tags have none and are passed over at regular expression speed. */
const MAYBE_BLOCKED = /(?:^|[\s"'/])(?:style|on[a-z]+)\s*=|javascript:|&#|&colon;/i;

/** Offset of `</name` (any case) from `from`, or the end of the text. */
function closingTag(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const lt = html.indexOf('</', at);
    if (lt < 0) return html.length;
    if (html.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name) return lt;
    at = lt + 2;
  }
}

/** The text a browser hashes for an inline element: its source with line breaks normalised, as the HTML parser does. */
export function hashedText(body: string): string {
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/** The attributes of a start tag, names in lower case, values as written. */
function attributesOf(text: string): [string, string][] {
  return [...text.matchAll(ATTRIBUTE)].map((m): [string, string] => [
    (m[1] ?? '').toLowerCase(),
    m[2] ?? m[3] ?? m[4] ?? '',
  ]);
}

function blockedIn(tag: string, attributes: [string, string][]): BlockedInline[] {
  const blocked: BlockedInline[] = [];
  for (const [name, value] of attributes) {
    const where = `${tag} ${name}="${clip(value)}"`;
    if (name === 'style') blocked.push({ kind: 'style attribute', where });
    else if (/^on[a-z]+$/.test(name)) blocked.push({ kind: 'event handler', where });
    else if (URL_ATTRIBUTES.has(name) && /^javascript:/i.test(decodeEntities(value).replace(/[\s\0]/g, '')))
      blocked.push({ kind: 'javascript: URL', where });
  }
  return blocked;
}

/**
 * Finds the inline scripts and styles of an HTML page, and what in it the policy would block, in
 * one pass from tag to tag: a regular expression reads each start tag whole, and only the rare
 * tag whose attributes look like a blocked one, and `<script>` and `<style>`, are read closer.
 */
export function scanInline(html: string): InlineSources {
  const found: InlineSources = { scripts: [], styles: [], firstInlineAt: -1, blocked: [] };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    START_TAG.lastIndex = lt;
    const tag = START_TAG.exec(html);
    if (!tag) {
      // An end tag, a doctype or `<?…>`.
      i = lt + 1;
      continue;
    }
    i = START_TAG.lastIndex;
    const name = (tag[1] ?? '').toLowerCase();
    const text = tag[2] ?? '';
    const raw = name === 'script' || name === 'style';
    if (!raw && !MAYBE_BLOCKED.test(text)) continue;
    const attributes = attributesOf(text);
    found.blocked.push(...blockedIn(name, attributes));
    if (!raw) continue;
    // Raw text: code up to the closing tag, where `x.onclick=` or "<b>" is no markup.
    const close = closingTag(html, i, name);
    const attribute = (wanted: string) => attributes.find(([a]) => a === wanted);
    const type = decodeEntities(attribute('type')?.[1] ?? '')
      .trim()
      .toLowerCase();
    if (name === 'style' || (!attribute('src') && RUN_TYPES.test(type))) {
      (name === 'script' ? found.scripts : found.styles).push(hashedText(html.slice(i, close)));
      if (found.firstInlineAt < 0) found.firstInlineAt = lt;
    }
    i = close;
  }
  return found;
}
