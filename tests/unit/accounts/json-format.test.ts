import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/lib/accounts/json-format.ts';

describe('formatJson', () => {
  it('writes objects and object arrays like JSON.stringify with two spaces', () => {
    const value = { a: 1, b: [{ c: 'x' }], d: [], e: {} };
    expect(formatJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('keeps a number array on one line when it fits in 110 columns', () => {
    expect(formatJson({ row: [0, 0.5, 1] })).toBe('{\n  "row": [0, 0.5, 1]\n}\n');
  });

  it('fills lines with numbers when the array does not fit, as the formatter does', () => {
    const row = Array.from({ length: 30 }, (_, i) => i / 1000);
    const text = formatJson({ grid: [row] });
    const lines = text.split('\n');
    expect(lines.every((line) => line.length <= 110)).toBe(true);
    expect(lines[3]).toMatch(/^ {6}0, 0\.001, 0\.002,/);
    expect(JSON.parse(text)).toEqual({ grid: [row] });
  });
});
