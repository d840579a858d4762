import { countedStatuses, HelixBasis, type CollaborationFilter } from './dto/collaboration.filter.js';

/**
 * SQL conditions on `project_helix_fact p` for the projects a filter selects, with their parameters
 * ($1, $2...); every insight figure starts here. The reports read other domains' records only
 * through the views those domains publish (`project_helix_fact`, `organization_fact`,
 * `agreement_fact`... see their migrations), never their tables.
 */
export function selectedProjects(filter: CollaborationFilter | undefined): { where: string; params: unknown[] } {
  const params: unknown[] = [filter?.statuses?.length ? filter.statuses : countedStatuses];
  const where = ['p.status = ANY($1)'];
  const add = (condition: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(condition(params.length));
  };
  if (filter?.fromYear != null) add((n) => `coalesce(p.start_date, p.created_at::date) >= make_date($${n}, 1, 1)`, filter.fromYear);
  if (filter?.toYear != null) add((n) => `coalesce(p.start_date, p.created_at::date) < make_date($${n} + 1, 1, 1)`, filter.toYear);
  if (filter?.programmeId) add((n) => `p.programme_id = $${n}`, filter.programmeId);
  if (filter?.organizationId) {
    add((n) => `EXISTS (SELECT 1 FROM project_participation_fact fp WHERE fp.project_id = p.id AND fp.status = 'ACTIVE' AND fp.organization_id = $${n})`, filter.organizationId);
  }
  if (filter?.province) {
    add(
      (n) => `EXISTS (SELECT 1 FROM project_participation_fact fp JOIN organization_fact fo ON fo.id = fp.organization_id
                       WHERE fp.project_id = p.id AND fp.status = 'ACTIVE' AND fold_text(fo.province) = fold_text($${n}))`,
      filter.province,
    );
  }
  return { where: where.join(' AND '), params };
}

/**
 * The helices a filter counts, one meaning in every report: with PRIMARY, each organisation in its
 * primary helix; with PRIMARY_AND_SECONDARY, a hybrid (Becamex IDC: industry, and government) in each
 * of its helices. `projectHelices` names the column of `project_helix_fact` that holds a project's
 * helices so counted; `organizationHelices` gives an organisation's (of `organization_fact`).
 */
export function helixBasisOf(filter: CollaborationFilter | undefined) {
  const both = (filter?.helixBasis ?? HelixBasis.PRIMARY) === HelixBasis.PRIMARY_AND_SECONDARY;
  return {
    projectHelices: both ? 'helices' : 'primary_helices',
    organizationHelices: (o: string) => (both ? `(ARRAY[${o}.helix] || ${o}.secondary_helices)` : `ARRAY[${o}.helix]`),
  };
}
