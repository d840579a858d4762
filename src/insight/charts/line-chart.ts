import { document, formatNumber, line, niceTicks, palette, text } from './svg.js';

export interface Series {
  label: string;
  color: string;
  points: { x: number; y: number }[];
}

export interface LineChartOptions {
  /** Shown when there is nothing to draw. */
  emptyText?: string;
  title: string;
  subtitle?: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  /** Draw a dashed reference line at this value (e.g. 0: no synergy). */
  reference?: { y: number; label: string };
}

/** Lines over whole-number x values (years), with markers and a legend. */
export function lineChart(options: LineChartOptions): string {
  const width = 860;
  const height = 480;
  const left = 90;
  const right = 40;
  const top = 100;
  const bottom = 80;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const points = options.series.flatMap((series) => series.points);
  const body: string[] = [];
  if (points.length === 0) {
    body.push(text(width / 2, height / 2, options.emptyText ?? 'No data for this selection', { anchor: 'middle', color: palette.muted }));
    return document(width, height, options.title, options.subtitle, body);
  }
  const xs = points.map((p) => p.x);
  const ys = [...points.map((p) => p.y), ...(options.reference ? [options.reference.y] : [])];
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const yTicks = niceTicks(Math.min(0, ...ys), Math.max(...ys) > Math.min(0, ...ys) ? Math.max(...ys) : Math.min(0, ...ys) + 1);
  const [yMin, yMax] = [yTicks[0], yTicks[yTicks.length - 1]];
  const px = (x: number) => left + (xMax === xMin ? plotWidth / 2 : ((x - xMin) / (xMax - xMin)) * plotWidth);
  const py = (y: number) => top + plotHeight - ((y - yMin) / (yMax - yMin)) * plotHeight;

  for (const tick of yTicks) {
    body.push(line(left, py(tick), left + plotWidth, py(tick)), text(left - 8, py(tick) + 4, formatNumber(tick), { size: 11, anchor: 'end', color: palette.muted }));
  }
  const step = Math.max(1, Math.ceil((xMax - xMin + 1) / 12));
  for (let x = xMin; x <= xMax; x += step) body.push(text(px(x), top + plotHeight + 20, String(x), { size: 11, anchor: 'middle', color: palette.muted }));
  // The legend, one entry after the other, each as wide as its words (about 7 px a character at 12 px).
  let legendX = left;
  const legend = (label: string, color: string, width: number, dash?: string) => {
    body.push(line(legendX, 76, legendX + 22, 76, color, width, dash), text(legendX + 30, 80, label, { size: 12, color: palette.muted }));
    legendX += 30 + label.length * 7 + 24;
  };
  for (const series of options.series) {
    const path = series.points.map((p, j) => `${j === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
    body.push(`<path d="${path}" fill="none" stroke="${series.color}" stroke-width="2.5"/>`);
    for (const p of series.points) {
      body.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="4" fill="${series.color}"><title>${p.x}: ${formatNumber(p.y, 4)}</title></circle>`);
    }
    legend(series.label, series.color, 3);
  }
  if (options.reference) {
    // Labelled in the legend, where no line can run over the words.
    body.push(line(left, py(options.reference.y), left + plotWidth, py(options.reference.y), palette.text, 1, '5 4'));
    legend(options.reference.label, palette.text, 1, '5 4');
  }
  body.push(
    line(left, top, left, top + plotHeight, palette.text),
    line(left, top + plotHeight, left + plotWidth, top + plotHeight, palette.text),
    text(left + plotWidth / 2, height - 24, options.xLabel, { anchor: 'middle', weight: 'bold', size: 12 }),
    text(26, top + plotHeight / 2, options.yLabel, { anchor: 'middle', weight: 'bold', size: 12, rotate: -90 }),
  );
  return document(width, height, options.title, options.subtitle, body);
}
