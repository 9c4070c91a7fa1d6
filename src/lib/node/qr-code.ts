/**
 * QR codes as SVG, made at build time with the `qrcode` package: no runtime generation, no
 * remote service. Margin and error correction suit a code shown on a projector or printed small.
 */
import QRCode from 'qrcode';

/** The SVG markup of a QR code for `text`, sized by its viewBox (scale it with CSS). */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  // The package writes explicit colours; keep black on white whatever the theme, as scanners want.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}
