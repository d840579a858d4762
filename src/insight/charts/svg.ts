/**
 * A small SVG renderer for the insight charts: plain strings, no dependencies, and output that reads
 * well in a browser at its natural size or scaled (everything is laid out in a fixed view box).
 */

export const palette = {
  ACADEMIA: '#2f6db5',
  INDUSTRY: '#d9822b',
  GOVERNMENT: '#3a9a5b',
  CIVIL_SOCIETY: '#8e5bb5',
  neutral: '#5b6770',
  grid: '#dde3e8',
  text: '#1f2a33',
  muted: '#5b6770',
} as const;

const font = `font-family="Inter, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"`;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface TextOptions {
  size?: number;
  weight?: 'normal' | 'bold';
  anchor?: 'start' | 'middle' | 'end';
  color?: string;
  rotate?: number;
}

export function text(x: number, y: number, content: string, options: TextOptions = {}): string {
  const { size = 13, weight = 'normal', anchor = 'start', color = palette.text, rotate } = options;
  const transform = rotate ? ` transform="rotate(${rotate} ${x} ${y})"` : '';
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}" font-weight="${weight}" text-anchor="${anchor}" fill="${color}"${transform}>${escapeXml(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, color: string = palette.grid, width = 1, dash?: string): string {
  return `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

export function rect(x: number, y: number, width: number, height: number, color: string, title?: string): string {
  const tooltip = title ? `<title>${escapeXml(title)}</title>` : '';
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(Math.max(0, width))}" height="${round(Math.max(0, height))}" rx="2" fill="${color}">${tooltip}</rect>`;
}

/** The whole picture: a white card with a title and an optional subtitle. */
export function document(width: number, height: number, title: string, subtitle: string | undefined, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" ${font}>`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(24, 34, title, { size: 19, weight: 'bold' }),
    subtitle ? text(24, 56, subtitle, { size: 13, color: palette.muted }) : '',
    ...body,
    '</svg>',
  ].join('\n');
}

/** Round steps for an axis from 0 (or below) to `max`: 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw)!;
  // Each tick is a whole multiple of the step, not a running sum: sums drift (0 became 3.47e-18).
  const ticks: number[] = [];
  const first = Math.floor(min / step);
  for (let i = first; i * step <= max + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number(((first + ticks.length) * step).toPrecision(12)));
  return ticks;
}

export function formatNumber(value: number, digits = 3): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return Number(value.toPrecision(digits)).toString();
}

const round = (value: number) => Math.round(value * 10) / 10;
