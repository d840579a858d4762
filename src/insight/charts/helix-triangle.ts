import { chartWords, type ChartWords } from './chart-words.js';
import { document, formatNumber, line, palette, text } from './svg.js';

export interface TriangleCounts {
  /** Projects in which each helix takes part. */
  academia: number;
  industry: number;
  government: number;
  /** Projects in which both helices of a pair take part (with or without the third). */
  academiaIndustry: number;
  academiaGovernment: number;
  industryGovernment: number;
  /** Projects of all three. */
  all: number;
  projects: number;
  /** T(uig) in bits. */
  synergy: number;
}

/**
 * The three helices as the corners of a triangle, each edge labelled with the projects the two
 * helices share and drawn thicker the more they share; the centre gives the projects of all three
 * and T(uig).
 */
export function helixTriangle(subtitle: string | undefined, counts: TriangleCounts, words: ChartWords = chartWords.en): string {
  const title = words.triangle.title;
  const width = 760;
  const height = 600;
  const corners = {
    government: { x: width / 2, y: 130, label: words.helices.GOVERNMENT, color: palette.GOVERNMENT, count: counts.government },
    academia: { x: 150, y: 500, label: words.helices.ACADEMIA, color: palette.ACADEMIA, count: counts.academia },
    industry: { x: width - 150, y: 500, label: words.helices.INDUSTRY, color: palette.INDUSTRY, count: counts.industry },
  };
  const most = Math.max(1, counts.academiaIndustry, counts.academiaGovernment, counts.industryGovernment);
  const edge = (a: keyof typeof corners, b: keyof typeof corners, shared: number, dx: number, dy: number) => {
    const [p, q] = [corners[a], corners[b]];
    const [mx, my] = [(p.x + q.x) / 2 + dx, (p.y + q.y) / 2 + dy];
    return [
      line(p.x, p.y, q.x, q.y, palette.neutral, 2 + (14 * shared) / most),
      text(mx, my, words.projects(formatNumber(shared)), { anchor: 'middle', weight: 'bold', size: 15 }),
    ];
  };
  const body = [
    ...edge('academia', 'industry', counts.academiaIndustry, 0, 40),
    ...edge('academia', 'government', counts.academiaGovernment, -80, -6),
    ...edge('industry', 'government', counts.industryGovernment, 80, -6),
  ];
  for (const corner of Object.values(corners)) {
    body.push(
      `<circle cx="${corner.x}" cy="${corner.y}" r="56" fill="${corner.color}"/>`,
      text(corner.x, corner.y - 2, corner.label, { anchor: 'middle', weight: 'bold', size: 13, color: '#ffffff' }),
      text(corner.x, corner.y + 17, `${formatNumber(corner.count)}`, { anchor: 'middle', size: 13, color: '#ffffff' }),
    );
  }
  body.push(
    text(width / 2, 378, words.tripleHelixProjects(formatNumber(counts.all)), { anchor: 'middle', weight: 'bold', size: 15 }),
    text(width / 2, 400, words.ofProjects(formatNumber(counts.projects)), { anchor: 'middle', size: 13, color: palette.muted }),
    text(width / 2, 424, `T(uig) = ${counts.synergy.toFixed(4)} bits`, { anchor: 'middle', size: 13, color: palette.muted }),
    text(24, height - 20, words.triangle.legend, {
      size: 11,
      color: palette.muted,
    }),
  );
  return document(width, height, title, subtitle, body);
}
