import { document, formatNumber, line, niceTicks, palette, rect, text } from './svg.js';

export interface Bar {
  label: string;
  value: number;
  color?: string;
  /** Shown after the value, e.g. a conversion rate. */
  note?: string;
}

export interface BarChartOptions {
  /** Shown when there is nothing to draw. */
  emptyText?: string;
  title: string;
  subtitle?: string;
  /** The value axis (horizontal). */
  valueLabel: string;
  /** The category axis (vertical). */
  categoryLabel: string;
  bars: Bar[];
  /** Colour legend entries. */
  legend?: { label: string; color: string }[];
  /** Centre the bars (a funnel) instead of starting them at the axis. */
  centred?: boolean;
}

/** Horizontal bars, one per category, largest scale from zero; a funnel when centred. */
export function barChart(options: BarChartOptions): string {
  const width = 860;
  const left = 300;
  const right = 170;
  const top = options.legend ? 104 : 84;
  const barHeight = 26;
  const gap = 12;
  const plotWidth = width - left - right;
  const plotHeight = Math.max(1, options.bars.length) * (barHeight + gap);
  const height = top + plotHeight + 70;
  const max = Math.max(0, ...options.bars.map((bar) => bar.value));
  const ticks = niceTicks(0, max || 1);
  const scale = (value: number) => (value / ticks[ticks.length - 1]) * plotWidth;
  const body: string[] = [];

  options.legend?.forEach((entry, i) => {
    const x = 40 + i * 140;
    body.push(rect(x, 70, 12, 12, entry.color), text(x + 18, 81, entry.label, { size: 12, color: palette.muted }));
  });
  if (!options.centred) {
    for (const tick of ticks) {
      const x = left + scale(tick);
      body.push(line(x, top - 6, x, top + plotHeight), text(x, top + plotHeight + 18, formatNumber(tick), { size: 11, anchor: 'middle', color: palette.muted }));
    }
  }
  options.bars.forEach((bar, i) => {
    const y = top + i * (barHeight + gap);
    const length = scale(bar.value);
    const x = options.centred ? left + (plotWidth - length) / 2 : left;
    const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
    body.push(
      text(left - 10, y + barHeight / 2 + 5, label, { anchor: 'end' }),
      rect(x, y, length, barHeight, bar.color ?? palette.neutral, `${bar.label}: ${formatNumber(bar.value)}`),
      text(options.centred ? left + plotWidth / 2 + Math.max(length / 2, 0) + 8 : x + length + 8, y + barHeight / 2 + 5, `${formatNumber(bar.value)}${bar.note ? ` · ${bar.note}` : ''}`, {
        size: 12,
        color: palette.muted,
      }),
    );
  });
  if (options.bars.length === 0) body.push(text(left + plotWidth / 2, top + 20, options.emptyText ?? 'No data for this selection', { anchor: 'middle', color: palette.muted }));
  body.push(
    line(left, top - 6, left, top + plotHeight, palette.text),
    text(left + plotWidth / 2, height - 18, options.valueLabel, { anchor: 'middle', weight: 'bold', size: 12 }),
    text(18, top + plotHeight / 2, options.categoryLabel, { anchor: 'middle', weight: 'bold', size: 12, rotate: -90 }),
  );
  return document(width, height, options.title, options.subtitle, body);
}
