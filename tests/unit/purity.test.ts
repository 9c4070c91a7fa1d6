/**
 * The line between pure code and the Node side, kept by a test: a module under src/lib, outside
 * src/lib/node, runs in the browser, in Astro's pages and in a test without a filesystem, so it
 * may import only other pure modules and the few packages that run anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LIB = path.join(ROOT, 'src/lib');
const NODE_SIDE = path.join(LIB, 'node');
/** Packages that run in any JavaScript runtime. */
const PURE_PACKAGES = new Set(['astro/zod', 'yaml']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === NODE_SIDE ? [] : sourceFiles(full);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) specifiers.push(match[1] ?? '');
  return specifiers;
}

function offence(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    return target.startsWith(`${NODE_SIDE}${path.sep}`) ? 'imports the Node side' : null;
  }
  if (specifier.startsWith('node:')) return 'imports a Node built-in';
  if (specifier.startsWith('astro:')) return 'imports an Astro virtual module';
  return PURE_PACKAGES.has(specifier) ? null : 'imports a package that is not known to run everywhere';
}

describe('pure modules', () => {
  it('finds imports of every kind, so the guard below cannot miss one', () => {
    const text =
      "import a from 'node:fs';\nexport { b } from './b.ts';\nimport 'astro:content';\nconst c = await import('twitter-api-v2');";
    expect(importsOf(text)).toEqual(['node:fs', './b.ts', 'astro:content', 'twitter-api-v2']);
  });

  it('under src/lib (outside src/lib/node) import no node:*, astro:* or Node-only package', () => {
    const files = sourceFiles(LIB);
    expect(files.length).toBeGreaterThan(40);
    const offences = files.flatMap((file) =>
      importsOf(fs.readFileSync(file, 'utf8')).flatMap((specifier) => {
        const why = offence(file, specifier);
        return why ? [`${path.relative(ROOT, file)} ${why}: ${specifier}`] : [];
      }),
    );
    expect(offences).toEqual([]);
  });
});
