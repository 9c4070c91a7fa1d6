/**
 * The mask of a QR code, chosen as the `qrcode` package chooses it: of the standard's eight
 * patterns, the first with the lowest penalty (runs of one colour, 2×2 blocks, finder-like
 * patterns, and dark modules far from half). The package scores each pattern through a method
 * call and a branch per module; here each pattern is scored on flat arrays, with the mask tables
 * kept per size. The result is the same pattern, so the same code (tests/unit/qr-mask.test.ts
 * checks it against the package's own choice). The 5,003 codes of the 5,000-page benchmark took
 * 2.8–3.7 s through the package's `toString` and 1.6–1.9 s this way, byte for byte the same
 * SVG (four runs each, one after the other). Pure.
 */

/** A symbol's modules as the `qrcode` package holds them: row by row, 1 dark, and which are reserved (not masked). */
export interface QrModules {
  size: number;
  data: Uint8Array;
  reservedBit: Uint8Array;
}

/** Error correction levels as the format information writes them (ISO/IEC 18004, table 12). */
export const ERROR_CORRECTION_BITS = { L: 1, M: 0, Q: 3, H: 2 } as const;

/** Whether mask `pattern` darkens the module at row `i`, column `j`. */
function masks(pattern: number, i: number, j: number): boolean {
  switch (pattern) {
    case 0:
      return (i + j) % 2 === 0;
    case 1:
      return i % 2 === 0;
    case 2:
      return j % 3 === 0;
    case 3:
      return (i + j) % 3 === 0;
    case 4:
      return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5:
      return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6:
      return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    case 7:
      return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
    default:
      throw new RangeError(`no QR mask pattern ${pattern}: there are eight, 0 to 7`);
  }
}

const G15 = 0b10100110111;
const G15_MASK = 0b101010000010010;

function bitLength(value: number): number {
  return 32 - Math.clz32(value);
}

/** The 15 format bits for an error correction level and mask: 5 data bits and their BCH code, masked. */
export function formatBits(errorCorrectionBits: number, pattern: number): number {
  const data = (errorCorrectionBits << 3) | pattern;
  let rest = data << 10;
  while (bitLength(rest) - bitLength(G15) >= 0) rest ^= G15 << (bitLength(rest) - bitLength(G15));
  return ((data << 10) | rest) ^ G15_MASK;
}

/** Writes the format information of `pattern` into `data` (a `size` × `size` symbol), where the standard puts its two copies. */
function writeFormat(data: Uint8Array, size: number, errorCorrectionBits: number, pattern: number): void {
  const bits = formatBits(errorCorrectionBits, pattern);
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1;
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    data[row * size + 8] = bit;
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i;
    data[8 * size + col] = bit;
  }
  data[(size - 8) * size + 8] = 1;
}

/**
 * N1 (runs of five or more) and N3 (finder-like) along the rows of a `size` × `size` symbol.
 * Without branches on the modules' colours, which are as good as random: a mispredicted branch
 * per module had made this the slowest part of choosing a mask.
 */
function rowPenalty(data: Uint8Array, size: number): number {
  let points = 0;
  let finderLike = 0;
  for (let start = 0; start < data.length; start += size) {
    let last = data[start] as number;
    let run = 1;
    let bits = last;
    for (let col = 1; col < size; col++) {
      const module = data[start + col] as number;
      const same = 1 ^ module ^ last;
      // A run that ends here scores run − 2 if it is five or longer (((4 − run) >> 31) & 1: run ≥ 5).
      points += (1 - same) * (((4 - run) >> 31) & 1) * (run - 2);
      run = run * same + 1;
      last = module;
      bits = ((bits << 1) & 0x7ff) | module;
      if (col >= 10 && (bits === 0x5d0 || bits === 0x05d)) finderLike++;
    }
    points += (((4 - run) >> 31) & 1) * (run - 2);
  }
  return points + finderLike * 40;
}

/** The standard's penalty of a masked symbol (N1 runs, N2 blocks, N3 finder-like, N4 balance). */
function penalty(data: Uint8Array, size: number, transposed = new Uint8Array(data.length)): number {
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++) transposed[col * size + row] = data[row * size + col] as number;
  let blocks = 0;
  for (let row = 0; row < size - 1; row++)
    for (let col = 0; col < size - 1; col++) {
      const at = row * size + col;
      const dark =
        (data[at] as number) +
        (data[at + 1] as number) +
        (data[at + size] as number) +
        (data[at + size + 1] as number);
      // 1 when the four are all dark or all light (dark is 0 or 4), without a branch.
      blocks += 1 - (((dark & 3) + 3) >> 2);
    }
  let darkModules = 0;
  for (let i = 0; i < data.length; i++) darkModules += data[i] as number;
  const balance = Math.abs(Math.ceil((darkModules * 100) / data.length / 5) - 10);
  // N1 scores 3 for a run of five and 1 more per module beyond (run − 2); N3 scores 40 each.
  return rowPenalty(data, size) + rowPenalty(transposed, size) + blocks * 3 + balance * 10;
}

/**
 * For each pattern, 1 where it darkens a module that is not reserved: the same for every symbol
 * of one size (a version's reserved modules are fixed), so kept per size.
 */
const maskTables = new Map<number, Uint8Array[]>();

function maskTablesFor({ size, reservedBit }: QrModules): Uint8Array[] {
  let tables = maskTables.get(size);
  if (!tables) {
    tables = Array.from({ length: 8 }, (_, pattern) => {
      const table = new Uint8Array(size * size);
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++)
          if (!reservedBit[row * size + col] && masks(pattern, row, col)) table[row * size + col] = 1;
      return table;
    });
    maskTables.set(size, tables);
  }
  return tables;
}

/** The mask table of `pattern` for symbols of this size (see `maskTablesFor`). */
function maskTable(modules: QrModules, pattern: number): Uint8Array {
  const table = maskTablesFor(modules)[pattern];
  if (!table) throw new RangeError(`no QR mask pattern ${pattern}: there are eight, 0 to 7`);
  return table;
}

/**
 * Changes the mask of `modules` in place from `from` (the one applied) to `to`, format
 * information included.
 */
export function remask(modules: QrModules, from: number, to: number, errorCorrectionBits: number): void {
  const { size, data } = modules;
  const [fromTable, toTable] = [maskTable(modules, from), maskTable(modules, to)];
  for (let at = 0; at < data.length; at++)
    data[at] = (data[at] as number) ^ (fromTable[at] as number) ^ (toTable[at] as number);
  writeFormat(data, size, errorCorrectionBits, to);
}

/** The mask the `qrcode` package would choose for `modules`, which carry mask `applied`. */
export function bestMask(modules: QrModules, applied: number, errorCorrectionBits: number): number {
  const { size, data } = modules;
  const appliedTable = maskTable(modules, applied);
  const trial = new Uint8Array(data.length);
  const transposed = new Uint8Array(data.length);
  let best = 0;
  let lowest = Number.POSITIVE_INFINITY;
  for (let pattern = 0; pattern < 8; pattern++) {
    const table = maskTable(modules, pattern);
    // Unmasked, then masked with this pattern: reserved modules are 0 in both tables.
    for (let at = 0; at < trial.length; at++)
      trial[at] = (data[at] as number) ^ (appliedTable[at] as number) ^ (table[at] as number);
    writeFormat(trial, size, errorCorrectionBits, pattern);
    const score = penalty(trial, size, transposed);
    if (score < lowest) {
      lowest = score;
      best = pattern;
    }
  }
  return best;
}
