/**
 * The Content-Security-Policy put into a built site: every HTML page gets a `<meta>` policy
 * allowing its own inline scripts and styles by SHA-256 hash, and `_headers` gets the policy of
 * the whole site (the union of every page's hashes) for hosts that read it. What the policy
 * allows: src/lib/csp/policy.ts; what a page is scanned for: src/lib/csp/scan.ts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  hashSource,
  hasPolicyMeta,
  headersFile,
  policyMeta,
  policyMetaOffset,
  policyText,
  wantsSiteStyles,
} from '../../csp/policy.ts';
import { type BlockedInline, scanInline } from '../../csp/scan.ts';
import { PlaybookError, type Problem } from '../../errors.ts';
import { inParallel } from '../../in-parallel.ts';
import { writeFileAtomicAsync } from '../files/atomic-write.ts';

/** Where hosts that read one look for it: the root of the output. */
export const HEADERS_FILE = '_headers';

export interface AppliedPolicy {
  pages: number;
  /** Every page's inline script and style hashes, for the header policy. */
  scriptHashes: Set<string>;
  styleHashes: Set<string>;
}

/** Pages rewritten at once: enough to keep the disk busy. */
const CONCURRENT = 16;

const FIX: Record<BlockedInline['kind'], string> = {
  'style attribute':
    'give the element a class and style it from a stylesheet (a component\'s <style>): the policy allows no style="…" attributes.',
  'event handler':
    'attach the handler with addEventListener in a module script (src/client/): the policy runs no inline handlers.',
  'javascript: URL':
    'use a button with a handler attached from a module script: the policy runs no javascript: URLs.',
};

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(full, out);
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * The policy of each page as the build writes it: the page's own inline scripts and styles named
 * by hash, the hashes gathered for `_headers`, and what no policy can cover noted as problems.
 * The policy pass (`applyPolicy`) puts it into the pages Astro rendered; the build's own pages
 * (the short links) get it from `put` as they are written, so the pass need not read them back.
 */
export class PagePolicy {
  readonly applied: AppliedPolicy = { pages: 0, scriptHashes: new Set(), styleHashes: new Set() };
  /** Files (absolute paths) written with their policy already in. */
  readonly covered = new Set<string>();
  readonly #problems: Problem[] = [];
  readonly #blocked = new Map<string, { item: BlockedInline; pages: string[] }>();
  readonly #digests = new Map<string, string>();

  #hashOf(text: string): string {
    let source = this.#digests.get(text);
    if (source === undefined) {
      source = hashSource(createHash('sha256').update(text, 'utf8').digest('base64'));
      this.#digests.set(text, source);
    }
    return source;
  }

  /**
   * `html` (the page `page`, relative to the output) with its policy `<meta>` in, or undefined
   * when it cannot have one (`throwProblems` reports why). `siteStyles`: the page allows every
   * inline style of the site (see `wantsSiteStyles`): put it in after all the others.
   */
  put(html: string, page: string, { siteStyles = false } = {}): string | undefined {
    const at = this.#offset(html, page, siteStyles);
    if (at === undefined) return undefined;
    return `${html.slice(0, at.offset)}${at.meta}${html.slice(at.offset)}`;
  }

  /** As `put`, for the page read as `bytes` (`html` decoded): the page is not encoded again around the tag. */
  putBytes(bytes: Buffer, html: string, page: string, { siteStyles = false } = {}): Buffer | undefined {
    const at = this.#offset(html, page, siteStyles);
    if (at === undefined) return undefined;
    const byteAt = Buffer.byteLength(html.slice(0, at.offset));
    return Buffer.concat([bytes.subarray(0, byteAt), Buffer.from(at.meta), bytes.subarray(byteAt)]);
  }

  /** Marks `file` as written with its policy: the pass leaves it alone. */
  cover(file: string): void {
    this.covered.add(path.resolve(file));
  }

  #offset(html: string, page: string, siteStyles = false): { offset: number; meta: string } | undefined {
    this.applied.pages++;
    const found = scanInline(html);
    for (const item of found.blocked) {
      const key = `${item.kind}\n${item.where}`;
      const entry = this.#blocked.get(key) ?? { item, pages: [] };
      entry.pages.push(page);
      this.#blocked.set(key, entry);
    }
    if (hasPolicyMeta(html)) {
      this.#problems.push({
        file: page,
        message: 'already has a Content-Security-Policy <meta> tag.',
        fix: 'remove it (and security.csp from astro.config.mjs): the build writes the policy (src/lib/csp/policy.ts).',
      });
      return undefined;
    }
    const scripts = found.scripts.map((text) => this.#hashOf(text));
    const styles = found.styles.map((text) => this.#hashOf(text));
    for (const hash of scripts) this.applied.scriptHashes.add(hash);
    for (const hash of styles) this.applied.styleHashes.add(hash);
    if (siteStyles) styles.push(...this.applied.styleHashes);
    const offset = policyMetaOffset(html, found.firstInlineAt);
    if (offset < 0) {
      this.#problems.push({
        file: page,
        message: 'has no <head> before its first inline script or style, so no policy can cover it.',
        fix: 'render the page in a layout with a <head> (src/layouts/).',
      });
      return undefined;
    }
    return { offset, meta: policyMeta(policyText({ scripts, styles })) };
  }

  /** Throws (PlaybookError) if any page could not have its policy, listing each problem once. */
  throwProblems(): void {
    const problems = [...this.#problems];
    for (const { item, pages } of this.#blocked.values()) {
      const more = pages.length > 3 ? ` and ${pages.length - 3} more page(s)` : '';
      problems.push({
        file: pages.slice(0, 3).join(', ') + more,
        message: `has ${item.where}, which the Content-Security-Policy blocks (${item.kind}).`,
        fix: FIX[item.kind],
      });
    }
    if (problems.length > 0)
      throw new PlaybookError(problems, 'The built pages do not fit the Content-Security-Policy');
  }
}

/**
 * Adds the policy `<meta>` to every HTML page under `outDir` but those `policy` covered as they
 * were written. Fails (PlaybookError) if a page already has one, has no `<head>` before its first
 * inline script or style, or holds something the policy would block that no hash can allow
 * (style attributes, inline handlers, `javascript:` URLs), listing each distinct one with the
 * pages it is on.
 */
export async function applyPolicy(outDir: string, policy = new PagePolicy()): Promise<AppliedPolicy> {
  const files = htmlFiles(outDir).filter((file) => !policy.covered.has(path.resolve(file)));

  /** Pages that allow every inline style of the site: written once all the others are known. */
  const later: { file: string; bytes: Buffer }[] = [];

  const rewrite = async (file: string, deferred?: Buffer): Promise<void> => {
    const page = path.relative(outDir, file).split(path.sep).join('/');
    const bytes = deferred ?? (await fs.promises.readFile(file));
    const html = bytes.toString('utf8');
    if (deferred === undefined && wantsSiteStyles(html)) {
      later.push({ file, bytes });
      return;
    }
    const withPolicy = policy.putBytes(bytes, html, page, { siteStyles: deferred !== undefined });
    // Whole or not at all: Pagefind reads the pages meanwhile (src/integrations/pagefind.ts).
    if (withPolicy) await writeFileAtomicAsync(file, withPolicy);
  };

  await inParallel(files, CONCURRENT, (file) => rewrite(file));
  for (const { file, bytes } of later) await rewrite(file, bytes);
  policy.throwProblems();
  return policy.applied;
}

/** Writes `_headers` with the whole site's policy, keeping the rules of one copied from public/. */
export function writeHeadersFile(outDir: string, base: string, applied: AppliedPolicy): string {
  const file = path.join(outDir, HEADERS_FILE);
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const policy = policyText({ scripts: applied.scriptHashes, styles: applied.styleHashes }, { header: true });
  fs.writeFileSync(file, headersFile(base, policy, existing));
  return policy;
}
