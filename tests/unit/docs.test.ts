import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    const text = fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
    const named = new Set<string>();
    // Paths in backticks and in the diagram: src/…, scripts/…, tests/…, content/…, docs/…
    for (const match of text.matchAll(/(?:^|[\s`(])((?:src|scripts|tests|docs|content)\/[\w./-]*[\w/])/gm)) {
      named.add(match[1] ?? '');
    }
    // Bare file names in backticks inside a layer's description (e.g. `passages.ts`) are checked under src/.
    const missing = [...named].filter((p) => !p.includes('*') && !fs.existsSync(path.join(root, p)));
    expect(named.size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
