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
 * Adds the policy `<meta>` to every HTML page under `outDir`. Fails (PlaybookError) if a page
 * already has one, has no `<head>` before its first inline script or style, or holds something
 * the policy would block that no hash can allow (style attributes, inline handlers,
 * `javascript:` URLs), listing each distinct one with the pages it is on.
 */
export async function applyPolicy(outDir: string): Promise<AppliedPolicy> {
  const files = htmlFiles(outDir);
  const digests = new Map<string, string>();
  const hashOf = (text: string): string => {
    let source = digests.get(text);
    if (source === undefined) {
      source = hashSource(createHash('sha256').update(text, 'utf8').digest('base64'));
      digests.set(text, source);
    }
    return source;
  };
  const applied: AppliedPolicy = { pages: files.length, scriptHashes: new Set(), styleHashes: new Set() };
  const blocked = new Map<string, { item: BlockedInline; pages: string[] }>();
  const problems: Problem[] = [];

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
    const found = scanInline(html);
    for (const item of found.blocked) {
      const key = `${item.kind}\n${item.where}`;
      const entry = blocked.get(key) ?? { item, pages: [] };
      entry.pages.push(page);
      blocked.set(key, entry);
    }
    if (hasPolicyMeta(html)) {
      problems.push({
        file: page,
        message: 'already has a Content-Security-Policy <meta> tag.',
        fix: 'remove it (and security.csp from astro.config.mjs): the build writes the policy (src/lib/csp/policy.ts).',
      });
      return;
    }
    const scripts = found.scripts.map(hashOf);
    const styles = found.styles.map(hashOf);
    for (const hash of scripts) applied.scriptHashes.add(hash);
    for (const hash of styles) applied.styleHashes.add(hash);
    if (deferred !== undefined) styles.push(...applied.styleHashes);
    const at = policyMetaOffset(html, found.firstInlineAt);
    if (at < 0) {
      problems.push({
        file: page,
        message: 'has no <head> before its first inline script or style, so no policy can cover it.',
        fix: 'render the page in a layout with a <head> (src/layouts/).',
      });
      return;
    }
    // The page's own bytes around the new tag: no second encoding of the whole page.
    const byteAt = Buffer.byteLength(html.slice(0, at));
    const meta = Buffer.from(policyMeta(policyText({ scripts, styles })));
    // Whole or not at all: Pagefind reads the pages meanwhile (src/integrations/pagefind.ts).
    await writeFileAtomicAsync(
      file,
      Buffer.concat([bytes.subarray(0, byteAt), meta, bytes.subarray(byteAt)]),
    );
  };

  await inParallel(files, CONCURRENT, (file) => rewrite(file));
  for (const { file, bytes } of later) await rewrite(file, bytes);

  for (const { item, pages } of blocked.values()) {
    const more = pages.length > 3 ? ` and ${pages.length - 3} more page(s)` : '';
    problems.push({
      file: pages.slice(0, 3).join(', ') + more,
      message: `has ${item.where}, which the Content-Security-Policy blocks (${item.kind}).`,
      fix: FIX[item.kind],
    });
  }
  if (problems.length > 0)
    throw new PlaybookError(problems, 'The built pages do not fit the Content-Security-Policy');
  return applied;
}

/** Writes `_headers` with the whole site's policy, keeping the rules of one copied from public/. */
export function writeHeadersFile(outDir: string, base: string, applied: AppliedPolicy): string {
  const file = path.join(outDir, HEADERS_FILE);
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const policy = policyText({ scripts: applied.scriptHashes, styles: applied.styleHashes }, { header: true });
  fs.writeFileSync(file, headersFile(base, policy, existing));
  return policy;
}
