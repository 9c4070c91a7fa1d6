/**
 * JSON as the project's formatter (Biome, line width 110) writes it, so generated records pass
 * `npm run lint` untouched and `accounts:demo --check` can compare text: `JSON.stringify(v, null,
 * 2)`, except that arrays of numbers stay on one line when they fit and otherwise fill each line
 * (as Biome and Prettier print number arrays) instead of one number per line.
 */

export const LINE_WIDTH = 110;

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number');
}

function format(value: unknown, indent: string, prefixWidth: number, suffixWidth: number): string {
  if (isNumberArray(value)) {
    const items = value.map((v) => JSON.stringify(v));
    const flat = `[${items.join(', ')}]`;
    if (prefixWidth + flat.length + suffixWidth <= LINE_WIDTH) return flat;
    const inner = `${indent}  `;
    const lines: string[] = [];
    let line = '';
    items.forEach((item, index) => {
      const piece = index < items.length - 1 ? `${item},` : item;
      if (line && inner.length + line.length + 1 + piece.length > LINE_WIDTH) {
        lines.push(line);
        line = piece;
      } else {
        line = line ? `${line} ${piece}` : piece;
      }
    });
    lines.push(line);
    return `[\n${lines.map((l) => inner + l).join('\n')}\n${indent}]`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    const parts = value.map((v, i) => inner + format(v, inner, inner.length, i < value.length - 1 ? 1 : 0));
    return `[\n${parts.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const parts = entries.map(([k, v], i) => {
      const key = `${JSON.stringify(k)}: `;
      return inner + key + format(v, inner, inner.length + key.length, i < entries.length - 1 ? 1 : 0);
    });
    return `{\n${parts.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The formatted JSON text, with a final newline. */
export function formatJson(value: unknown): string {
  return `${format(value, '', 0, 0)}\n`;
}
