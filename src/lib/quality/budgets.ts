/**
 * The page budgets of README's "Budgets and quality gates" (issue 11, point 5), in one place for the tests that
 * hold the built site to them and the benchmark that reports against them. Sizes are gzip
 * bytes, as a host serves the files; widths are CSS pixels.
 */
export const PAGE_BUDGETS = {
  /** A content page's first view (a play, an anti-pattern, a guide): its HTML and the CSS it links and inlines. */
  firstViewBytes: 8 * 1024,
  /**
   * The same for the long reference pages (a strategy, a business type, a source), whose own text
   * is 25–55 KB before compression: the site's share stays the same, the page's text is the rest.
   */
  longPageFirstViewBytes: 16 * 1024,
  /** Every stylesheet the site ships, together. */
  totalCssBytes: 20 * 1024,
  /** Each script a page loads up front (its islands); scripts loaded on use are not counted. */
  islandBytes: 5 * 1024,
  /** Any HTML page. */
  htmlBytes: 100 * 1024,
  /** The phone width no page may scroll sideways at. */
  phoneWidth: 390,
  /** The smallest chart label on that phone. */
  minChartTextPx: 11,
} as const;

/** What a page's HTML asks the browser for up front: stylesheets, scripts, inline styles. */
export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineStyles: string[];
}

/** Reads the up-front assets of a built page (Astro writes double-quoted attributes). */
export function pageAssets(html: string): PageAssets {
  const stylesheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((m) => m[0].match(/\bhref="([^"]+)"/)?.[1])
    .filter((href): href is string => Boolean(href));
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1] ?? '');
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return { stylesheets, scripts, inlineStyles };
}

/** Static `import` specifiers of a built ES module (what the browser fetches before running it). */
export function staticImports(script: string): string[] {
  return [...script.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );
}
