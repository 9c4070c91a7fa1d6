/**
 * QR codes as SVG, made at build time with the `qrcode` package: no runtime generation, no
 * remote service. Margin and error correction suit a code shown on a projector or printed small.
 */
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { bestMask, ERROR_CORRECTION_BITS, remask } from '../qr-mask.ts';

const require = createRequire(import.meta.url);
/** The package's own SVG renderer: the one `QRCode.toString(…, { type: 'svg' })` calls. */
const svgTag = require('qrcode/lib/renderer/svg-tag.js') as {
  render(symbol: QRCode.QRCode, options: QRCode.QRCodeToStringOptions): string;
};

const OPTIONS = { type: 'svg', margin: 2, errorCorrectionLevel: 'M' } as const;

/**
 * The SVG markup of a QR code for `text`, sized by its viewBox (scale it with CSS). The same code
 * as `QRCode.toString(text, OPTIONS)`, with the mask chosen by src/lib/qr-mask.ts.
 */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
  const symbol = QRCode.create(text, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel, maskPattern: 0 });
  const ecBits = ERROR_CORRECTION_BITS[OPTIONS.errorCorrectionLevel];
  const mask = bestMask(symbol.modules, 0, ecBits);
  remask(symbol.modules, 0, mask, ecBits);
  symbol.maskPattern = mask as QRCode.QRCodeMaskPattern;
  const svg = svgTag.render(symbol, OPTIONS);
  // The package writes explicit colours; keep black on white whatever the theme, as scanners want.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}
