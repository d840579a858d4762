import { Injectable } from '@nestjs/common';
import { AccessService } from '../common/access/access.service.js';
import { SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import { Helix } from '../organizations/organization.enums.js';
import { CollaborationKind, type CollaborationFilter } from './dto/collaboration.filter.js';
import { collaborationPartiesSql, figureKinds, helixBasisOf, kindsOf, readersParam, selectedProjects } from './selection.js';
import { HelixCombination, HelixEntropy, Synergy, SynergyFigures, SynergyYear } from './synergy.model.js';
import { dimensionBits, jointEntropy, mutualInformation, subsetsOf, type CombinationCount, type Dimension } from './synergy.js';
import { ReportCache } from './report-cache.js';

const helixOf: Record<Dimension, Helix> = { u: Helix.ACADEMIA, i: Helix.INDUSTRY, g: Helix.GOVERNMENT, c: Helix.CIVIL_SOCIETY };
const quadruple: Dimension[] = ['u', 'i', 'g', 'c'];
const tripleMask = dimensionBits.u | dimensionBits.i | dimensionBits.g;

/** Kinds whose records only their parties read: counting them makes the figures depend on who asks. */
const confidentialKinds = new Set([CollaborationKind.PLACEMENT, CollaborationKind.INCUBATION]);

/**
 * Triple Helix synergy. The database counts the collaborations per year and helix combination (at
 * most 16 rows a year, whatever their number); the entropies are computed from those counts. A
 * project's helices are kept on its row; another collaboration's are those of its parties (a
 * placement: home and host; an incubation: runner and startup, or mentor's organisation and startup;
 * a training partnership: runner and partner), each counted as `helixBasis` says.
 */
@Injectable()
export class SynergyService {
  constructor(
    private readonly reports: ReportCache,
    private readonly access: AccessService,
  ) {}

  /**
   * Over the kinds the filter counts (projects when it names none). Projects, agreements and training
   * partnerships count whoever asks (counts of helix combinations tell nothing about one of them);
   * placements and incubation files only where the caller may read them (see
   * `collaborationPartiesSql`), so that the public figures tell nothing about a person's placement or
   * a startup's file.
   */
  async synergy(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<Synergy> {
    const kinds = kindsOf(filter, figureKinds);
    const params = new SqlParams();
    const statements: string[] = [];
    const present = (helices: string, helix: Helix, bit: number) => `CASE WHEN '${helix}' = ANY(${helices}) THEN ${bit} ELSE 0 END`;
    const maskOf = (helices: string) =>
      `${present(helices, Helix.ACADEMIA, dimensionBits.u)} | ${present(helices, Helix.INDUSTRY, dimensionBits.i)}
        | ${present(helices, Helix.GOVERNMENT, dimensionBits.g)} | ${present(helices, Helix.CIVIL_SOCIETY, dimensionBits.c)}`;
    if (kinds.has(CollaborationKind.PROJECT)) {
      const { where } = selectedProjects(filter, params);
      // Each project's helices are kept on it by triggers, with and without the secondary ones.
      statements.push(
        `SELECT extract(year FROM coalesce(p.start_date, p.created_at::date))::int AS year, ${maskOf(`p.${helixBasisOf(filter).projectHelices}`)} AS mask, count(*)::int AS count
           FROM project_helix_fact p
          WHERE ${where}
          GROUP BY 1, 2`,
      );
    }
    const others = [...kinds].filter((kind) => kind !== CollaborationKind.PROJECT);
    if (others.length) {
      // Agreements and training partnerships count whoever asks, as projects do; placements and incubation files as the caller reads them.
      const open = others.filter((kind) => !confidentialKinds.has(kind));
      const closed = others.filter((kind) => confidentialKinds.has(kind));
      const parties = [
        ...(open.length ? [collaborationPartiesSql(filter, open, params, () => 'NULL::uuid[]')] : []),
        ...(closed.length ? [collaborationPartiesSql(filter, closed, params, readersParam(await this.access.readableOrganizationIds(ctx), params))] : []),
      ].join(' UNION ALL ');
      statements.push(
        `SELECT extract(year FROM c.day)::int AS year, c.mask, count(*)::int AS count
           FROM (SELECT party.id, min(party.day) AS day, bit_or(${maskOf(helixBasisOf(filter).organizationHelices('o'))}) AS mask
                   FROM (${parties}) party JOIN organization_fact o ON o.id = party.organization_id
                  GROUP BY party.id) c
          GROUP BY 1, 2`,
      );
    }
    const rows: { year: number; mask: number; count: number }[] = statements.length
      ? await this.reports.query(`SELECT year, mask, sum(count)::int AS count FROM (${statements.join(' UNION ALL ')}) x GROUP BY 1, 2 ORDER BY 1, 2`, params.values)
      : [];
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
