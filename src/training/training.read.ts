import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { columnFields, columnsAt, timestamp, type Column, type NestedPage, type ReadModel, type ReadScope } from '../common/read/read-model.js';
import { isoTimestamp } from '../common/read/sql.js';
import { escapeLike } from '../common/search.js';
import { organizationAt } from '../organizations/organization.read.js';
import type { TrainingProgrammesArgs } from './dto/training.inputs.js';

/**
 * Training programmes as the read path serves them: public, with their ACTIVE partners, the figures
 * those record and the intakes; invitations and refusals only to the members of the runner and of
 * the partner (as `TrainingService.partnersOf`).
 */

const programmeColumns: Record<string, Column> = {
  id: 'id',
  title: 'title',
  titleEn: 'title_en',
  description: 'description',
  curriculumUrl: 'curriculum_url',
  field: 'field',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

const partnerColumns: Record<string, Column> = {
  id: 'id',
  status: 'status',
  invitedAt: timestamp('created_at'),
  answeredAt: timestamp('answered_at'),
  version: 'version',
};

/** Whether the caller sees the partner row at `tp` of the programme at `tr`: an ACTIVE one, or as a member of the runner or of the partner. */
function partnerVisible(tp: string, runner: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${tp}.status = 'ACTIVE' OR ${tp}.organization_id = ANY(${scope.readable}) OR ${runner} = ANY(${scope.readable}))`;
}

/** The page of programmes the arguments ask for, over `tr`; newest first. */
export function trainingProgrammePage(tr: string, args: TrainingProgrammesArgs, scope: ReadScope): NestedPage {
  const { params } = scope;
  const filter = args.filter ?? {};
  const where: string[] = [];
  if (filter.runnerOrganizationId) where.push(`${tr}.runner_organization_id = ${params.add(filter.runnerOrganizationId)}::uuid`);
  if (filter.partnerOrganizationId) {
    where.push(`EXISTS (SELECT 1 FROM training_partner fp WHERE fp.programme_id = ${tr}.id AND fp.status = 'ACTIVE' AND fp.organization_id = ${params.add(filter.partnerOrganizationId)}::uuid)`);
  }
  // The same expression as `training_programme_search_idx`, so the index serves it.
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
    where.push(`fold_text(${tr}.title || ' ' || coalesce(${tr}.title_en, '') || ' ' || coalesce(${tr}.field, '')) LIKE '%' || fold_text(${params.add(escapeLike(word))}::text) || '%'`);
  }
  return {
    from: `training_programme ${tr}`,
    where,
    keyset: { key: 'CREATED_AT:DESC', kind: 'timestamp', column: `${tr}.created_at`, id: `${tr}.id`, cursorValue: isoTimestamp(`${tr}.created_at`), direction: OrderDirection.DESC },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

export const trainingReadModels: ReadModel[] = [
  {
    type: 'TrainingProgramme',
    base: (tr) => ({ ...columnsAt(programmeColumns, tr), runnerOrganizationId: `${tr}.runner_organization_id` }),
    fields: {
      ...columnFields(programmeColumns),
      runner: organizationAt('runner_organization_id'),
      partners: {
        type: 'TrainingPartner',
        from: (tr, tp, scope) => `training_partner ${tp} WHERE ${tp}.programme_id = ${tr}.id AND ${partnerVisible(tp, `${tr}.runner_organization_id`, scope)}`,
        orderBy: (tp) => `${tp}.created_at, ${tp}.id`,
      },
      intakes: {
        type: 'TrainingIntake',
        from: (tr, ti) => `training_intake ${ti} WHERE ${ti}.programme_id = ${tr}.id`,
        orderBy: (ti) => `${ti}.year`,
      },
    },
  },
  {
    type: 'TrainingPartner',
    base: (tp) => ({ ...columnsAt(partnerColumns, tp), programmeId: `${tp}.programme_id`, organizationId: `${tp}.organization_id` }),
    fields: {
      ...columnFields(partnerColumns),
      organization: organizationAt('organization_id'),
      programme: { type: 'TrainingProgramme', from: (tp, tr) => `training_programme ${tr} WHERE ${tr}.id = ${tp}.programme_id` },
      contributions: {
        type: 'TrainingContribution',
        from: (tp, c) => `training_contribution ${c} WHERE ${c}.partner_id = ${tp}.id`,
        orderBy: (c) => `${c}.year`,
      },
    },
  },
  { type: 'TrainingContribution', fields: columnFields({ year: 'year', seatsFunded: 'seats_funded', graduatesHired: 'graduates_hired' }) },
  { type: 'TrainingIntake', fields: columnFields({ year: 'year', trainees: 'trainees', graduates: 'graduates' }) },
];
