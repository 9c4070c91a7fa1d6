import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreFileModule, splitDataStoreModule } from '../../src/lib/node/build/data-store-module.ts';

/** What a module evaluates to, without importing it. */
function evaluate(code: string): unknown {
  return new Function(`${code.replace('export default', 'return')}`)();
}

describe("Astro's data store module", () => {
  it('is cut into pieces that load as the same data, never inside an escape', () => {
    const data = [
      'plain words',
      'a "quoted" word and a back\\slash',
      'line\nbreaks\tand tabs',
      'café ¶ 3 — “curly” 🙂 emoji',
      '\u2028 separators \u2029',
    ].flatMap((text, i) => Array.from({ length: 40 }, (_, j) => ({ id: `${i}-${j}`, text })));
    const code = `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    for (const piece of [7, 16, 50, 333]) {
      const split = splitDataStoreModule(code, piece);
      expect(split, `pieces of ${piece}`).toBeDefined();
      expect(split?.split('\n').length).toBeGreaterThan(10);
      expect(evaluate(split ?? '')).toEqual(data);
    }
  });

  it('leaves a small module, or one of another shape, as it is', () => {
    expect(splitDataStoreModule('export default JSON.parse("[1]")', 100)).toBeUndefined();
    expect(splitDataStoreModule('export default new Map()', 1)).toBeUndefined();
    expect(splitDataStoreModule(`export default {"a":[${'1,'.repeat(50)}1]}`, 10)).toBeUndefined();
  });
});

describe('the data store module of a static build', () => {
  it('reads the store file when it is evaluated, as the same data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-store-module-'));
    try {
      // A path with a quote and a space, to show the module names any folder safely.
      const storeDir = path.join(dir, "cache 'x'");
      fs.mkdirSync(storeDir);
      const storeFile = path.join(storeDir, 'data-store.json');
      const data = [{ id: 'a', text: 'café “curly” \u2028 🙂' }, [1, 2, 3]];
      fs.writeFileSync(storeFile, JSON.stringify(data));
      const moduleFile = path.join(dir, 'store.mjs');
      fs.writeFileSync(moduleFile, dataStoreFileModule(storeFile));
      const loaded = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
      expect(loaded.default).toEqual(data);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
