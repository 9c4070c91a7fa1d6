/**
 * Renders a passage's inline Markdown (emphasis, code, links) to HTML, escaping everything else.
 *
 * Source text may be third-party text (see `sources:import`), so raw HTML, `<script>`, MDX-like
 * `{…}` and `javascript:` links must be shown as text, never executed. Astro's Markdown passes
 * raw HTML through, so passages are never rendered by it: they go through this function only.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Only web and mail links survive; anything else (javascript:, data:, vbscript:) becomes text. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (/^(?:https?:\/\/|mailto:)/i.test(trimmed)) return trimmed;
  if (/^(?:\/(?!\/)|#)/.test(trimmed)) return trimmed;
  return undefined;
}

/** Inline Markdown → safe HTML. Code spans first, so their contents are never formatted. */
export function renderInline(markdown: string): string {
  const parts = markdown.split(/(`[^`\n]+`)/g);
  return parts
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 2
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : formatText(part),
    )
    .join('');
}

/** Backslash escapes (`\{`, `\*`) become the literal character, kept out of emphasis and links. */
function formatText(text: string): string {
  return text
    .split(/(\\[!-/:-@[-`{-~])/)
    .map((part, index) => (index % 2 === 1 ? escapeHtml(part.slice(1)) : formatUnescaped(part)))
    .join('');
}

function formatUnescaped(text: string): string {
  let html = '';
  let rest = text;
  // Images become links too: passages never load third-party images (privacy, offline use).
  const link = /(!?)\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/;
  for (let match = link.exec(rest); match; match = link.exec(rest)) {
    html += emphasis(escapeHtml(rest.slice(0, match.index)));
    const href = safeHref(match[3] ?? '');
    // An empty label would make an unnamed link: fall back to the address.
    const text = match[1] ? `Image: ${match[2] || 'untitled'}` : match[2] || (match[3] ?? '');
    const label = emphasis(escapeHtml(text));
    html += href
      ? `<a href="${escapeHtml(href)}" rel="nofollow noopener">${label}</a>`
      : escapeHtml(match[0]);
    rest = rest.slice(match.index + match[0].length);
  }
  return html + emphasis(escapeHtml(rest));
}

/** Applied to already-escaped text; the markers themselves are not HTML-significant. */
function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)([^*]+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '<em>$1</em>')
    .replace(/(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])/g, '<em>$1</em>');
}
