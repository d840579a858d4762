import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { columnFields, columnsAt, timestamp, type Column, type NestedPage, type ReadModel, type ReadScope } from '../common/read/read-model.js';
import { isoTimestamp, moneySql } from '../common/read/sql.js';
import { escapeLike } from '../common/search.js';
import { userAt } from '../identity/user.read.js';
import { organizationAt, organizationsWhere } from '../organizations/organization.read.js';
import { IncubationApplicationsArgs, IncubationCohortsArgs, IncubationProgrammesArgs } from './dto/incubation.inputs.js';
import { admittedStatuses } from './incubation.enums.js';

/**
 * Incubation as the read path serves it. Programmes, cohorts and consented graduations are public;
 * an application's file (pitch, decision reason, mentors, milestones, reports) is read by its parties:
 * members of the startup and of the runner, its current mentors, platform admins.
 */

const programmeColumns: Record<string, Column> = {
  id: 'id',
  kind: 'kind',
  name: 'name',
  nameEn: 'name_en',
  description: 'description',
  website: 'website',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

const cohortColumns: Record<string, Column> = {
  id: 'id',
  name: 'name',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  applicationsCloseOn: 'applications_close_on',
  seats: 'seats',
  status: 'status',
  version: 'version',
  createdAt: timestamp('created_at'),
};

const applicationColumns: Record<string, Column> = {
  id: 'id',
  status: 'status',
  appliedAt: timestamp('created_at'),
  decidedAt: timestamp('decided_at'),
  endedOn: 'ended_on',
  publicConsent: 'public_consent',
  version: 'version',
};

const mentorColumns: Record<string, Column> = { id: 'id', since: 'since', endedOn: 'ended_on', current: (m) => `${m}.ended_on IS NULL` };

const milestoneColumns: Record<string, Column> = {
  id: 'id',
  title: 'title',
  dueOn: 'due_on',
  status: 'status',
  metOn: 'met_on',
  note: 'note',
  version: 'version',
  createdAt: timestamp('created_at'),
};

const reportColumns: Record<string, Column> = { id: 'id', periodStart: 'period_start', periodEnd: 'period_end', jobs: 'jobs', createdAt: timestamp('created_at') };

/** Whether the caller is party to the application at `a` ('incubation.read', as the access layer decides it). */
export function applicationReadable(a: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${a}.startup_organization_id = ANY(${scope.readable})
    OR EXISTS (SELECT 1 FROM incubation_cohort rc JOIN incubation_programme rp ON rp.id = rc.programme_id
                WHERE rc.id = ${a}.cohort_id AND rp.organization_id = ANY(${scope.readable}))
    OR EXISTS (SELECT 1 FROM incubation_mentor rm WHERE rm.application_id = ${a}.id AND rm.user_id = ${scope.user} AND rm.ended_on IS NULL))`;
}

/** A graduation the startup consented to show: anyone sees it (not its confidential fields). */
const publicGraduation = (a: string) => `(${a}.status = 'GRADUATED' AND ${a}.public_consent)`;

/** The page of programmes over `p` whose runner is not archived (platform admins see all); newest first. */
export function programmePage(p: string, args: IncubationProgrammesArgs, scope: ReadScope): NestedPage {
  const { params } = scope;
  const filter = args.filter ?? {};
  const where = scope.all ? [] : [`EXISTS (SELECT 1 FROM organization_fact ro WHERE ro.id = ${p}.organization_id AND ro.archived_at IS NULL)`];
  if (filter.organizationId) where.push(`${p}.organization_id = ${params.add(filter.organizationId)}::uuid`);
  if (filter.kind?.length) where.push(`${p}.kind = ANY(${params.add(filter.kind)}::text[])`);
  // The same expression as `incubation_programme_search_idx`, so the index serves it.
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
    where.push(`fold_text(${p}.name || ' ' || coalesce(${p}.name_en, '')) LIKE '%' || fold_text(${params.add(escapeLike(word))}::text) || '%'`);
  }
  return {
    from: `incubation_programme ${p}`,
    where,
    keyset: { key: 'CREATED_AT:DESC', kind: 'timestamp', column: `${p}.created_at`, id: `${p}.id`, cursorValue: isoTimestamp(`${p}.created_at`), direction: OrderDirection.DESC },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

/** The cohorts of the programme `programmeId` (SQL), over `c`; latest start first. */
export function cohortPage(c: string, args: IncubationCohortsArgs, scope: ReadScope, programmeId: string): NestedPage {
  const where = [`${c}.programme_id = ${programmeId}`];
  if (args.filter?.status?.length) where.push(`${c}.status = ANY(${scope.params.add(args.filter.status)}::text[])`);
  return {
    from: `incubation_cohort ${c}`,
    where,
    keyset: { key: 'STARTS_ON:DESC', kind: 'date', column: `${c}.starts_on`, id: `${c}.id`, cursorValue: `${c}.starts_on::text`, direction: OrderDirection.DESC },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

export interface ApplicationScope {
  /** The startup (SQL) whose applications these are; a filter naming another does not apply. */
  startup?: string;
  /** Anyone also sees graduations the startups consented to show. */
  publicGraduations?: boolean;
  /** Only these statuses. */
  statuses?: readonly string[];
}

/** The page of applications over `a` the caller may see; newest first. */
export function applicationPage(a: string, args: IncubationApplicationsArgs, scope: ReadScope, fixed: ApplicationScope = {}): NestedPage {
  const { params } = scope;
  const filter = args.filter ?? {};
  const where: string[] = [];
  if (!scope.all) where.push(fixed.publicGraduations ? `(${applicationReadable(a, scope)} OR ${publicGraduation(a)})` : applicationReadable(a, scope));
  if (fixed.startup) where.push(`${a}.startup_organization_id = ${fixed.startup}`);
  else if (filter.startupOrganizationId) where.push(`${a}.startup_organization_id = ${params.add(filter.startupOrganizationId)}::uuid`);
  if (fixed.statuses) where.push(`${a}.status = ANY(${params.add(fixed.statuses)}::text[])`);
  if (filter.status?.length) where.push(`${a}.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.cohortId) where.push(`${a}.cohort_id = ${params.add(filter.cohortId)}::uuid`);
  if (filter.programmeId) {
    where.push(`EXISTS (SELECT 1 FROM incubation_cohort fc WHERE fc.id = ${a}.cohort_id AND fc.programme_id = ${params.add(filter.programmeId)}::uuid)`);
  }
  if (filter.mentoredByMe) where.push(`EXISTS (SELECT 1 FROM incubation_mentor fm WHERE fm.application_id = ${a}.id AND fm.user_id = ${scope.user} AND fm.ended_on IS NULL)`);
  return {
    from: `incubation_application ${a}`,
    where,
    keyset: { key: 'CREATED_AT:DESC', kind: 'timestamp', column: `${a}.created_at`, id: `${a}.id`, cursorValue: isoTimestamp(`${a}.created_at`), direction: OrderDirection.DESC },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

/** What a graduated startup shows publicly: spin-offs list the programmes their startup went through. */
const startupAdmissions = { publicGraduations: true, statuses: admittedStatuses };

export const incubationReadModels: ReadModel[] = [
  {
    type: 'IncubationProgramme',
    base: (p) => ({ ...columnsAt(programmeColumns, p), organizationId: `${p}.organization_id` }),
    fields: {
      ...columnFields(programmeColumns),
      organization: organizationAt('organization_id'),
      cohorts: {
        type: 'IncubationCohort',
        args: IncubationCohortsArgs,
        page: (p, target, args: IncubationCohortsArgs, scope) => cohortPage(target, args, scope, `${p}.id`),
      },
    },
  },
  {
    type: 'IncubationCohort',
    base: (c) => ({ ...columnsAt(cohortColumns, c), programmeId: `${c}.programme_id` }),
    fields: {
      ...columnFields(cohortColumns),
      programme: { type: 'IncubationProgramme', from: (c, target) => `incubation_programme ${target} WHERE ${target}.id = ${c}.programme_id` },
      graduates: {
        ...organizationsWhere(
          (c, target) =>
            `EXISTS (SELECT 1 FROM incubation_application g WHERE g.cohort_id = ${c}.id AND g.startup_organization_id = ${target}.id AND ${publicGraduation('g')})`,
        ),
        orderBy: (target) => `${target}.name, ${target}.id`,
      },
    },
  },
  {
    type: 'IncubationApplication',
    base: (a) => columnsAt(applicationColumns, a),
    fields: {
      ...columnFields(applicationColumns),
      startup: organizationAt('startup_organization_id'),
      cohort: { type: 'IncubationCohort', from: (a, target) => `incubation_cohort ${target} WHERE ${target}.id = ${a}.cohort_id` },
      programme: {
        type: 'IncubationProgramme',
        from: (a, target) => `incubation_programme ${target} WHERE ${target}.id = (SELECT pc.programme_id FROM incubation_cohort pc WHERE pc.id = ${a}.cohort_id)`,
      },
      pitch: { value: (a, scope) => (scope.all ? `${a}.pitch` : `CASE WHEN ${applicationReadable(a, scope)} THEN ${a}.pitch END`) },
      decisionReason: { value: (a, scope) => (scope.all ? `${a}.decision_reason` : `CASE WHEN ${applicationReadable(a, scope)} THEN ${a}.decision_reason END`) },
      mentors: {
        type: 'IncubationMentor',
        from: (a, target, scope) => `incubation_mentor ${target} WHERE ${target}.application_id = ${a}.id AND ${applicationReadable(a, scope)}`,
        orderBy: (target) => `${target}.since, ${target}.id`,
      },
      milestones: {
        type: 'IncubationMilestone',
        from: (a, target, scope) => `incubation_milestone ${target} WHERE ${target}.application_id = ${a}.id AND ${applicationReadable(a, scope)}`,
        orderBy: (target) => `${target}.due_on, ${target}.id`,
      },
      reports: {
        type: 'IncubationReport',
        from: (a, target, scope) => `incubation_report ${target} WHERE ${target}.application_id = ${a}.id AND ${applicationReadable(a, scope)}`,
        orderBy: (target) => `${target}.period_end DESC, ${target}.id`,
      },
    },
  },
  {
    type: 'IncubationMentor',
    base: (m) => columnsAt(mentorColumns, m),
    fields: { ...columnFields(mentorColumns), user: userAt('user_id'), organization: organizationAt('organization_id') },
  },
  { type: 'IncubationMilestone', base: (m) => columnsAt(milestoneColumns, m), fields: columnFields(milestoneColumns) },
  {
    type: 'IncubationReport',
    base: (r) => ({ ...columnsAt(reportColumns, r), fundsRaised: moneySql(`${r}.funds_raised`, `${r}.currency`) }),
    fields: { ...columnFields(reportColumns), fundsRaised: { value: (r) => moneySql(`${r}.funds_raised`, `${r}.currency`) } },
  },
  {
    type: 'Organization',
    fields: {
      incubations: {
        type: 'IncubationApplication',
        args: IncubationApplicationsArgs,
        page: (o, target, args: IncubationApplicationsArgs, scope) => applicationPage(target, args, scope, { startup: `${o}.id`, publicGraduations: true }),
      },
    },
  },
  {
    type: 'SpinOff',
    fields: {
      incubations: {
        type: 'IncubationApplication',
        args: IncubationApplicationsArgs,
        page: (s, target, args: IncubationApplicationsArgs, scope) => applicationPage(target, args, scope, { ...startupAdmissions, startup: `${s}.organization_id` }),
      },
    },
  },
];
