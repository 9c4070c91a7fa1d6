/** The account's share of replies to others, on a 0–100 % scale banded by the modes' thresholds. */
import { bandFor, describeBands, type ReplyShareBand } from '../accounts/mode-rules.ts';
import { percent } from '../format.ts';
import { modeColor, n, paint, rect, svgFrame, text } from './svg.ts';

export function replyShareChart(share: number, bands: readonly ReplyShareBand[], id = 'reply-share'): string {
  const width = 560;
  const left = 10;
  const right = width - 10;
  const scale = (v: number) => left + Math.max(0, Math.min(1, v)) * (right - left);
  const y = 34;
  const h = 18;
  const body: string[] = [];
  for (const { from, to, mode } of bands) {
    const band = { from, to, label: mode };
    body.push(rect(scale(from), y, scale(to) - scale(from), h, { fill: modeColor(mode), opacity: 0.35 }));
    // A narrow band's name starts at its left edge instead of overflowing the chart.
    const narrow = scale(band.to) - scale(band.from) < band.label.length * 6.5;
    const at = narrow ? scale(band.from) : (scale(band.from) + scale(band.to)) / 2;
    body.push(
      text(at, y + h + 16, band.label, { anchor: narrow ? 'start' : 'middle', fill: 'muted', size: 11 }),
    );
  }
  for (const tick of [0, ...bands.slice(1).map((b) => b.from), 1]) {
    body.push(
      `<line x1="${n(scale(tick))}" x2="${n(scale(tick))}" y1="${y}" y2="${y + h + 4}" ${paint({ stroke: 'muted', strokeWidth: 1 })}/>`,
    );
    body.push(
      text(scale(tick), y + h + 30, percent(tick), {
        anchor: tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle',
        fill: 'muted',
        size: 11,
      }),
    );
  }
  const x = scale(share);
  body.push(
    `<line x1="${n(x)}" x2="${n(x)}" y1="${y - 6}" y2="${y + h + 2}" ${paint({ stroke: 'fg', strokeWidth: 3 })}/>`,
  );
  body.push(
    `<path d="M${n(x - 6)} ${y - 14} L${n(x + 6)} ${y - 14} L${n(x)} ${y - 5} Z" ${paint({ fill: 'fg' })}/>`,
  );
  const anchor = share < 0.12 ? 'start' : share > 0.88 ? 'end' : 'middle';
  body.push(text(x, y - 18, `This account: ${percent(share)}`, { anchor, weight: 600 }));
  const band = bandFor(share, bands).mode;
  return svgFrame({
    id,
    width,
    height: 100,
    title: 'Replies to other people, against the mode thresholds',
    desc: `${percent(share)} of posts reply to other people, in the ${band} band (${describeBands(bands)}).`,
    body: body.join(''),
  });
}
