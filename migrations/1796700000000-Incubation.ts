import type { MigrationInterface, QueryRunner } from 'typeorm';
import { moneyCheck } from './1795720000000-CurrencyMinorUnits.js';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/**
 * Incubation: programmes run by incubators and accelerators (an organisation, often a university
 * unit or an intermediary), their cohorts, the startups' applications to a cohort and what follows
 * admission (mentors, milestones, periodic reports of funds raised and jobs).
 */

/** Where an application stands; final statuses carry the day it ended. */
const applicationStatuses = ['APPLIED', 'ADMITTED', 'DECLINED', 'WITHDRAWN', 'GRADUATED', 'LEFT', 'FAILED'];
const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

const from = `incubation_application a JOIN incubation_cohort c ON c.id = a.cohort_id JOIN incubation_programme p ON p.id = c.programme_id`;

/** For the insight reports. */
const facts: PublishedView[] = [
  {
    name: 'incubation_fact',
    row: 'a startup’s application to a cohort of an incubation programme, and what became of it',
    from,
    columns: [
      ['id', 'the application', 'a.id'],
      ['programme_id', 'the programme', 'c.programme_id'],
      ['runner_organization_id', 'the incubator or accelerator running the programme', 'p.organization_id'],
      ['cohort_id', 'the cohort applied to', 'a.cohort_id'],
      ['startup_organization_id', 'the startup (an organisation of helix INDUSTRY and kind STARTUP)', 'a.startup_organization_id'],
      ['status', `where it stands: ${applicationStatuses.join(', ')}`, 'a.status'],
      ['applied_at', 'when the startup applied', 'a.created_at'],
      ['decided_at', 'when it was admitted or declined (null: not decided)', 'a.decided_at'],
      ['ended_on', 'the day it graduated, left or failed (null: not ended)', 'a.ended_on'],
      ['public_consent', 'whether the startup consents to its graduation being shown publicly', 'a.public_consent'],
    ],
  },
  {
    name: 'incubation_mentor_fact',
    row: 'a person mentoring a startup in a cohort, for the organisation they come from',
    from: 'incubation_mentor',
    columns: [
      ['application_id', 'the application mentored'],
      ['user_id', 'the mentor'],
      ['organization_id', 'the organisation the mentor comes from'],
      ['since', 'the day the mentoring began'],
      ['ended_on', 'the day it ended (null: current)'],
    ],
  },
];

/** For access: who is party to each application. */
const parties: PublishedView[] = [
  {
    name: 'incubation_party',
    row: 'the parties to an application: the runner, the startup and the current mentors',
    from,
    columns: [
      ['id', 'the application', 'a.id'],
      ['runner_organization_id', 'the organisation running the programme', 'p.organization_id'],
      ['startup_organization_id', 'the startup', 'a.startup_organization_id'],
      ['mentor_user_ids', 'the current mentors (text[] of user ids)', `ARRAY(SELECT m.user_id FROM incubation_mentor m WHERE m.application_id = a.id AND m.ended_on IS NULL)::text[]`],
    ],
  },
];

export class Incubation1796700000000 implements MigrationInterface {
  name = 'Incubation1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE incubation_programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        kind text NOT NULL,
        name text NOT NULL,
        name_en text,
        description text,
        website text,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT incubation_programme_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT incubation_programme_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT incubation_programme_kind_known CHECK (kind IN ('INCUBATOR', 'ACCELERATOR')),
        CONSTRAINT incubation_programme_name_present CHECK (length(btrim(name)) BETWEEN 1 AND 300),
        CONSTRAINT incubation_programme_website_url CHECK (website IS NULL OR website ~ '^https?://'),
        CONSTRAINT incubation_programme_version_positive CHECK (version > 0)
      )`);
    await queryRunner.query(`CREATE INDEX incubation_programme_created_at_id_idx ON incubation_programme (created_at, id)`);
    await queryRunner.query(`CREATE INDEX incubation_programme_organization_idx ON incubation_programme (organization_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX incubation_programme_kind_idx ON incubation_programme (kind, created_at, id)`);
    await queryRunner.query(`CREATE INDEX incubation_programme_created_by_idx ON incubation_programme (created_by)`);
    await queryRunner.query(`CREATE INDEX incubation_programme_search_idx ON incubation_programme USING gin (fold_text(name || ' ' || coalesce(name_en, '')) gin_trgm_ops)`);

    await queryRunner.query(`
      CREATE TABLE incubation_cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        applications_close_on date,
        seats integer,
        status text NOT NULL DEFAULT 'PLANNED',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT incubation_cohort_programme_fk FOREIGN KEY (programme_id) REFERENCES incubation_programme (id),
        CONSTRAINT incubation_cohort_name_present CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT incubation_cohort_dates_ordered CHECK (ends_on >= starts_on),
        CONSTRAINT incubation_cohort_applications_close_in_time CHECK (applications_close_on IS NULL OR applications_close_on <= ends_on),
        CONSTRAINT incubation_cohort_seats_positive CHECK (seats IS NULL OR seats > 0),
        CONSTRAINT incubation_cohort_status_known CHECK (status IN ('PLANNED', 'OPEN', 'RUNNING', 'FINISHED', 'CANCELLED')),
        CONSTRAINT incubation_cohort_version_positive CHECK (version > 0)
      )`);
    await queryRunner.query(`CREATE INDEX incubation_cohort_programme_idx ON incubation_cohort (programme_id, starts_on, id)`);

    await queryRunner.query(`
      CREATE TABLE incubation_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL,
        startup_organization_id uuid NOT NULL,
        pitch text NOT NULL,
        status text NOT NULL DEFAULT 'APPLIED',
        decided_at timestamptz(3),
        decided_by uuid,
        decision_reason text,
        ended_on date,
        public_consent boolean NOT NULL DEFAULT false,
        applied_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT incubation_application_cohort_fk FOREIGN KEY (cohort_id) REFERENCES incubation_cohort (id),
        CONSTRAINT incubation_application_startup_fk FOREIGN KEY (startup_organization_id) REFERENCES organization (id),
        CONSTRAINT incubation_application_decided_by_fk FOREIGN KEY (decided_by) REFERENCES user_account (id),
        CONSTRAINT incubation_application_applied_by_fk FOREIGN KEY (applied_by) REFERENCES user_account (id),
        CONSTRAINT incubation_application_pitch_length CHECK (length(pitch) BETWEEN 1 AND 10000),
        CONSTRAINT incubation_application_status_known CHECK (status IN (${list(applicationStatuses)})),
        CONSTRAINT incubation_application_decided CHECK ((decided_at IS NULL) = (status IN ('APPLIED', 'WITHDRAWN'))),
        CONSTRAINT incubation_application_ended CHECK ((ended_on IS NULL) = (status NOT IN ('GRADUATED', 'LEFT', 'FAILED'))),
        CONSTRAINT incubation_application_version_positive CHECK (version > 0)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX incubation_application_cohort_startup_key ON incubation_application (cohort_id, startup_organization_id)`);
    await queryRunner.query(`CREATE INDEX incubation_application_cohort_idx ON incubation_application (cohort_id, status, created_at, id)`);
    await queryRunner.query(`CREATE INDEX incubation_application_startup_idx ON incubation_application (startup_organization_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX incubation_application_created_at_id_idx ON incubation_application (created_at, id)`);
    await queryRunner.query(`CREATE INDEX incubation_application_decided_by_idx ON incubation_application (decided_by)`);
    await queryRunner.query(`CREATE INDEX incubation_application_applied_by_idx ON incubation_application (applied_by)`);

    await queryRunner.query(`
      CREATE TABLE incubation_mentor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        since date NOT NULL,
        ended_on date,
        assigned_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT incubation_mentor_application_fk FOREIGN KEY (application_id) REFERENCES incubation_application (id),
        CONSTRAINT incubation_mentor_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
        CONSTRAINT incubation_mentor_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT incubation_mentor_assigned_by_fk FOREIGN KEY (assigned_by) REFERENCES user_account (id),
        CONSTRAINT incubation_mentor_dates_ordered CHECK (ended_on IS NULL OR ended_on >= since)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX incubation_mentor_application_user_key ON incubation_mentor (application_id, user_id)`);
    await queryRunner.query(`CREATE INDEX incubation_mentor_user_idx ON incubation_mentor (user_id, application_id) WHERE ended_on IS NULL`);
    await queryRunner.query(`CREATE INDEX incubation_mentor_organization_idx ON incubation_mentor (organization_id)`);
    await queryRunner.query(`CREATE INDEX incubation_mentor_assigned_by_idx ON incubation_mentor (assigned_by)`);

    await queryRunner.query(`
      CREATE TABLE incubation_milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        title text NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED',
        met_on date,
        note text,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT incubation_milestone_application_fk FOREIGN KEY (application_id) REFERENCES incubation_application (id),
        CONSTRAINT incubation_milestone_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT incubation_milestone_title_present CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        CONSTRAINT incubation_milestone_status_known CHECK (status IN ('PLANNED', 'MET', 'MISSED', 'DROPPED')),
        CONSTRAINT incubation_milestone_met_on CHECK ((status = 'MET') = (met_on IS NOT NULL)),
        CONSTRAINT incubation_milestone_version_positive CHECK (version > 0)
      )`);
    await queryRunner.query(`CREATE INDEX incubation_milestone_application_idx ON incubation_milestone (application_id, due_on, id)`);
    await queryRunner.query(`CREATE INDEX incubation_milestone_created_by_idx ON incubation_milestone (created_by)`);

    await queryRunner.query(`
      CREATE TABLE incubation_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        funds_raised numeric(20, 2) NOT NULL,
        currency char(3) NOT NULL,
        jobs integer NOT NULL,
        reported_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT incubation_report_application_fk FOREIGN KEY (application_id) REFERENCES incubation_application (id),
        CONSTRAINT incubation_report_reported_by_fk FOREIGN KEY (reported_by) REFERENCES user_account (id),
        CONSTRAINT incubation_report_period_ordered CHECK (period_end >= period_start),
        CONSTRAINT incubation_report_funds_not_negative CHECK (funds_raised >= 0),
        CONSTRAINT incubation_report_jobs_not_negative CHECK (jobs >= 0),
        CONSTRAINT incubation_report_money_iso4217 CHECK (${moneyCheck([['funds_raised', 'currency']])})
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX incubation_report_period_key ON incubation_report (application_id, period_start, period_end)`);
    await queryRunner.query(`CREATE INDEX incubation_report_reported_by_idx ON incubation_report (reported_by)`);

    await createPublishedViews(queryRunner, 'incubation', [...facts, ...parties]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, [...facts, ...parties]);
    for (const table of ['incubation_report', 'incubation_milestone', 'incubation_mentor', 'incubation_application', 'incubation_cohort', 'incubation_programme']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
