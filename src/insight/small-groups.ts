import { Injectable } from '@nestjs/common';
import { AccessService } from '../common/access/access.service.js';
import type { RequestContext } from '../common/request-context.js';
import { ReportCache } from './report-cache.js';

/** Distinct verified organisations, other than the caller's own, a confidential figure must stand for before it is shown. */
export const minimumContributors = 3;
/** No contributor may account for this share or more of what counted contributors make up (dominance rule). */
export const dominantShare = 0.8;

/**
 * The records behind the confidential figures of a report, one row per record and contributor:
 * `grp` (text) names the figure (group) the record counts in, `record` (text) the record, `value`
 * (numeric) what it adds to the figure (1 for a count or an average), `contributor` (uuid) an
 * organisation the figure is about (a project's coordinator, a contributing participant, a
 * technology's owner, an agreement's licensor), `readers` (uuid[]) the organisations whose members
 * may read the record's confidential fields.
 */
export type FigureRecords = string;

/** Which figures of a report this caller may see; asked per group name. */
export type Shown = (group: string) => boolean;

/**
 * The one disclosure-control rule of the insight reports. A confidential figure (money, TRL) is shown
 * only when
 *  - the caller may read every record behind it (platform admins read all), or
 *  - at least `minimumContributors` distinct VERIFIED organisations other than the caller's own
 *    contribute to it, and no contributor dominates it: none accounts for `dominantShare` (80%) or
 *    more of what the counted contributors make up (see below).
 * Counting records let anyone pad a group with records of their own (zero-budget projects, TRL-9
 * technologies) and read the one real record from the total. Anyone can register and create an
 * unverified organisation, so only verified ones other than the caller's count; and since whatever
 * unverified or own records add to a figure may be known to the caller, dominance (as statistical
 * offices apply it to business data) is measured against the part the counted contributors make up:
 * each other contributor must stay under 80% of that part (with its own value, if it is not counted
 * itself), so that neither one large record plus small ones nor a padded total gives a record away.
 * Readers are members of the very organisations a record names: a parent's members do not read its
 * units' records.
 */
@Injectable()
export class SmallGroups {
  constructor(
    private readonly access: AccessService,
    private readonly reports: ReportCache,
  ) {}

  /**
   * Applies the rule to every group of `records` (SQL, see FigureRecords, with `params`) at once,
   * in one statement; cached per set of organisations the caller reads.
   */
  async shown(ctx: RequestContext, records: FigureRecords, params: unknown[]): Promise<Shown> {
    const readable = await this.access.readableOrganizationIds(ctx);
    if (readable === 'all') return () => true;
    const reader = `$${params.length + 1}::uuid[]`;
    // `counted`: a verified organisation that is not the caller's; records of others could be the caller's own making.
    // `protected`: the part of a figure that only counted contributors make up.
    const rows: { grp: string; readable: boolean; verified: number; undominated: boolean }[] = await this.reports.query(
      `WITH records AS (${records}),
       described AS (
         SELECT r.grp, r.record, r.value, r.contributor, r.readers, coalesce(r.contributor = ANY(${reader}), false) AS own,
                coalesce(o.verified AND NOT r.contributor = ANY(${reader}), false) AS counted
           FROM records r LEFT JOIN organization_fact o ON o.id = r.contributor
       ),
       per_record AS (
         SELECT grp, record, max(value) AS value, bool_or(coalesce(readers && ${reader}, false)) AS readable, bool_and(counted) AS protected
           FROM described GROUP BY grp, record
       ),
       per_contributor AS (
         SELECT grp, contributor, sum(value) AS value, bool_or(counted) AS counted, bool_or(own) AS own FROM described GROUP BY grp, contributor
       ),
       groups AS (
         SELECT grp, bool_and(readable) AS readable, coalesce(sum(value) FILTER (WHERE protected), 0) AS protected FROM per_record GROUP BY grp
       ),
       contributors AS (
         SELECT grp, count(*) FILTER (WHERE counted) AS verified,
                max(value) FILTER (WHERE counted AND NOT own) AS largest_counted, max(value) FILTER (WHERE NOT counted AND NOT own) AS largest_other
           FROM per_contributor GROUP BY grp
       )
       -- Each contributor other than the caller stays under the dominant share of the protected part, an
       -- uncounted one with its own value added (v < s·(p + v)): both grow with v, so the largest decides.
       SELECT g.grp, g.readable, coalesce(c.verified, 0)::int AS verified,
              g.protected > 0
                AND coalesce(c.largest_counted < ${dominantShare} * g.protected, true)
                AND coalesce(c.largest_other < ${dominantShare} * (g.protected + c.largest_other), true) AS undominated
         FROM groups g LEFT JOIN contributors c ON c.grp = g.grp`,
      [...params, [...readable].sort()],
    );
    const shown = new Set(rows.filter((row) => row.readable || (row.verified >= minimumContributors && row.undominated)).map((row) => row.grp));
    return (group) => shown.has(group);
  }

  /** A figure, or null when the caller may not see it. */
  static figure<T>(value: T, shown: boolean): T | null {
    return shown ? value : null;
  }
}

/** SQL: the organisations whose members read a project's confidential fields (its active and invited participants); `p` is the project's alias. */
export function projectReaders(p: string): string {
  return `${p}.readers`;
}

/** SQL: a project's active coordinator, the organisation its budget is about (null when it has none); `p` is the project's alias. */
export function projectCoordinator(p: string): string {
  return `${p}.coordinator_id`;
}

/** SQL: the organisations whose members read a technology (its current owners and its licensees, as AccessService.canOnTechnology). */
export function technologyReaders(technology: string): string {
  return `ARRAY(SELECT ro.organization_id FROM technology_owner_today ro WHERE ro.technology_id = ${technology}
                 UNION SELECT ra.licensee_organization_id FROM agreement_technology_fact rat JOIN agreement_fact ra ON ra.id = rat.agreement_id
                  WHERE rat.technology_id = ${technology})`;
}

/** SQL: the organisations whose members read an agreement and its receipts (its licensors and its licensee). */
export function agreementReaders(agreement: string): string {
  return `ARRAY(SELECT rl.organization_id FROM agreement_licensor_fact rl WHERE rl.agreement_id = ${agreement}
                 UNION SELECT ra.licensee_organization_id FROM agreement_fact ra WHERE ra.id = ${agreement})`;
}
