import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/node/qr-code.ts';
import { bestMask, ERROR_CORRECTION_BITS, formatBits, remask } from '../../src/lib/qr-mask.ts';

const M = ERROR_CORRECTION_BITS.M;

/** Short links as real playbooks have them, and texts that make other sizes and modes of code. */
const texts = [
  'https://playbook.example.org/p/deals/',
  'https://playbook.example.org/kit/p/reply-within-the-day/',
  'https://bench.example.org/p/00001-using-x-to-schedule-waitlist-for-a/',
  'https://bench.example.org/p/04999-how-a-local-bakery-uses-x/',
  'HTTPS://EXAMPLE.ORG/P/ABC/',
  'https://xn--caf-dma.example/p/café-crème/',
  '0123456789012345678901234567890123456789',
  'a',
  `https://consultancy.example.com/playbooks/x/p/${'very-long-permalink-'.repeat(8)}`,
  ...Array.from(
    { length: 60 },
    (_, i) => `https://site-${i}.example/p/${(i * 7919).toString(36)}-${'x'.repeat(i % 23)}/`,
  ),
];

describe('QR mask', () => {
  it('writes the standard format bits (M with mask 0, L with mask 0, H with mask 7)', () => {
    expect(formatBits(ERROR_CORRECTION_BITS.M, 0).toString(2).padStart(15, '0')).toBe('101010000010010');
    expect(formatBits(ERROR_CORRECTION_BITS.L, 0).toString(2).padStart(15, '0')).toBe('111011111000100');
    expect(formatBits(ERROR_CORRECTION_BITS.H, 7).toString(2).padStart(15, '0')).toBe('000100000111011');
  });

  it('is the one the qrcode package chooses, for codes of every size used (versions 1 to 10)', () => {
    const versions = new Set<number>();
    const chosen = new Set<number>();
    for (const text of texts) {
      const own = QRCode.create(text, { errorCorrectionLevel: 'M' });
      const probe = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 0 });
      const mask = bestMask(probe.modules, 0, M);
      expect(mask, text).toBe(own.maskPattern);
      remask(probe.modules, 0, mask, M);
      expect(Buffer.from(probe.modules.data).equals(Buffer.from(own.modules.data)), text).toBe(true);
      versions.add(own.version);
      chosen.add(mask);
    }
    // The texts reach codes with version information (7 and up) and lead to several masks.
    expect(Math.max(...versions)).toBeGreaterThanOrEqual(7);
    expect(chosen.size).toBeGreaterThanOrEqual(5);
  });

  it('makes the SVG the package makes, with its label', async () => {
    for (const text of texts.slice(0, 12)) {
      const own = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      expect(await qrCodeSvg(text, 'QR code of "x"')).toBe(
        own.replace('<svg ', '<svg role="img" aria-label="QR code of &quot;x&quot;" '),
      );
    }
  });
});
