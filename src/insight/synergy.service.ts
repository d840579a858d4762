import { Injectable } from '@nestjs/common';
import { Helix } from '../organizations/organization.enums.js';
import type { CollaborationFilter } from './dto/collaboration.filter.js';
import { helixBasisOf, selectedProjects } from './selection.js';
import { HelixCombination, HelixEntropy, Synergy, SynergyFigures, SynergyYear } from './synergy.model.js';
import { dimensionBits, jointEntropy, mutualInformation, subsetsOf, type CombinationCount, type Dimension } from './synergy.js';
import { ReportCache } from './report-cache.js';

const helixOf: Record<Dimension, Helix> = { u: Helix.ACADEMIA, i: Helix.INDUSTRY, g: Helix.GOVERNMENT, c: Helix.CIVIL_SOCIETY };
const quadruple: Dimension[] = ['u', 'i', 'g', 'c'];
const tripleMask = dimensionBits.u | dimensionBits.i | dimensionBits.g;

/**
 * Triple Helix synergy. The database counts the projects per year and helix combination (at most 16
 * rows a year, whatever the number of projects); the entropies are computed from those counts.
 */
@Injectable()
export class SynergyService {
  constructor(private readonly reports: ReportCache) {}

  async synergy(filter: CollaborationFilter | undefined): Promise<Synergy> {
    const { where, params } = selectedProjects(filter);
    // Each project's helices are kept on it by triggers, with and without the secondary ones.
    const helices = `p.${helixBasisOf(filter).projectHelices}`;
    const present = (helix: Helix, bit: number) => `CASE WHEN '${helix}' = ANY(${helices}) THEN ${bit} ELSE 0 END`;
    const rows: { year: number; mask: number; count: number }[] = await this.reports.query(
      `SELECT extract(year FROM coalesce(p.start_date, p.created_at::date))::int AS year,
              ${present(Helix.ACADEMIA, dimensionBits.u)} | ${present(Helix.INDUSTRY, dimensionBits.i)}
                | ${present(Helix.GOVERNMENT, dimensionBits.g)} | ${present(Helix.CIVIL_SOCIETY, dimensionBits.c)} AS mask,
              count(*)::int AS count
         FROM project_helix_fact p
        WHERE ${where}
        GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    const overall = new Map<number, number>();
    const years = new Map<number, CombinationCount[]>();
    for (const row of rows) {
      overall.set(row.mask, (overall.get(row.mask) ?? 0) + row.count);
      years.set(row.year, [...(years.get(row.year) ?? []), { mask: row.mask, count: row.count }]);
    }
    const synergy = Object.assign(new Synergy(), figuresOf([...overall].map(([mask, count]) => ({ mask, count }))));
    synergy.byYear = [...years].map(([year, combinations]) => Object.assign(new SynergyYear(), figuresOf(combinations), { year }));
    return synergy;
  }
}

/** Every figure of a set of combination counts. */
export function figuresOf(combinations: CombinationCount[]): SynergyFigures {
  const sorted = [...combinations].sort((a, b) => a.mask - b.mask);
  const projects = sorted.reduce((sum, { count }) => sum + count, 0);
  const tripleHelixProjects = sorted.filter(({ mask }) => (mask & tripleMask) === tripleMask).reduce((sum, { count }) => sum + count, 0);
  return {
    projects,
    tripleHelixProjects,
    tripleHelixShare: projects === 0 ? null : tripleHelixProjects / projects,
    tripleHelix: mutualInformation(sorted, ['u', 'i', 'g']),
    academiaIndustry: mutualInformation(sorted, ['u', 'i']),
    academiaGovernment: mutualInformation(sorted, ['u', 'g']),
    industryGovernment: mutualInformation(sorted, ['i', 'g']),
    quadrupleHelix: mutualInformation(sorted, quadruple),
    entropies: subsetsOf(quadruple).map((dimensions) =>
      Object.assign(new HelixEntropy(), { helices: dimensions.map((d) => helixOf[d]), bits: jointEntropy(sorted, dimensions) }),
    ),
    combinations: sorted.map(({ mask, count }) =>
      Object.assign(new HelixCombination(), {
        academia: (mask & dimensionBits.u) !== 0,
        industry: (mask & dimensionBits.i) !== 0,
        government: (mask & dimensionBits.g) !== 0,
        civilSociety: (mask & dimensionBits.c) !== 0,
        projects: count,
      }),
    ),
  };
}
