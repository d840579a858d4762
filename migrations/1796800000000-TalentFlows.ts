import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Talent flows between the helices: placements of people (students, interns, researchers) from
 * their home organisation at a host, and training programmes that universities run with
 * businesses (partners, the seats they fund and graduates they hire, and the yearly intakes).
 *
 * Published for other domains: `placement_party` (for access: who may see and change a placement,
 * people included), `placement_fact` and `training_fact` (for the reports: counts, no person).
 */

const kinds = `'INTERNSHIP', 'SECONDMENT', 'INDUSTRIAL_PHD', 'JOINT_APPOINTMENT', 'LAB_TRAINING'`;
const statuses = `'PROPOSED', 'AGREED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'WITHDRAWN'`;

const views: [name: string, comment: string, sql: string][] = [
  [
    'placement_party',
    `Published by placements for access: one row per placement.
id: the placement
home_organization_id, host_organization_id: the organisation the person comes from and the one they are placed at
person_user_id: the person placed
supervisor_user_id: the host's supervisor (null: none yet)
tutor_user_id: the home's tutor (null: none yet)
status: PROPOSED, AGREED, RUNNING, COMPLETED, CANCELLED or WITHDRAWN (the person withdrew: no one but the person learns who it was)`,
    `SELECT id, home_organization_id, host_organization_id, person_user_id, supervisor_user_id, tutor_user_id, status FROM placement`,
  ],
  [
    'placement_fact',
    `Published by placements for other domains to read: a placement of a person from one organisation at another, without the person. Placements the person withdrew are left out: they count nowhere.
id: the placement
kind: INTERNSHIP, SECONDMENT, INDUSTRIAL_PHD, JOINT_APPOINTMENT or LAB_TRAINING
home_organization_id: the organisation the person comes from
host_organization_id: the organisation that hosts them
starts_on: its first day
ends_on: its last day (never before starts_on)
status: PROPOSED, AGREED, RUNNING, COMPLETED or CANCELLED (agreed placements are AGREED, RUNNING or COMPLETED)`,
    `SELECT id, kind, home_organization_id, host_organization_id, starts_on, ends_on, status FROM placement WHERE status <> 'WITHDRAWN'`,
  ],
  [
    'training_fact',
    `Published by training for other domains to read: what a training programme counts per organisation and year, one row per programme, organisation and year. The runner's rows are its intakes (trainees and graduates of the year); a partner's rows are what an ACTIVE partner funded and hired for the year's intake. Sum a column by organisation_id and year to count per organisation; a column that does not apply to the row's role is null.
programme_id: the training programme
runner_organization_id: the university (or unit) that runs it
organization_id: the organisation the row counts for (the runner, or a partner)
role: RUNNER or PARTNER
year: the intake year
trainees: trainees admitted that year (RUNNER rows)
graduates: trainees who graduated from that intake (RUNNER rows)
seats_funded: seats the partner funds in that intake (PARTNER rows)
graduates_hired: graduates of that intake the partner hired (PARTNER rows)`,
    `SELECT i.programme_id, p.runner_organization_id, p.runner_organization_id AS organization_id, 'RUNNER'::text AS role, i.year,
            i.trainees, i.graduates, NULL::int AS seats_funded, NULL::int AS graduates_hired
       FROM training_intake i JOIN training_programme p ON p.id = i.programme_id
     UNION ALL
     SELECT tp.programme_id, p.runner_organization_id, tp.organization_id, 'PARTNER'::text, c.year,
            NULL::int, NULL::int, c.seats_funded, c.graduates_hired
       FROM training_contribution c JOIN training_partner tp ON tp.id = c.partner_id JOIN training_programme p ON p.id = tp.programme_id
      WHERE tp.status = 'ACTIVE'`,
  ],
];

/** Tables whose changes move the reports' revision (see the InsightRevision migration). */
const reported = ['placement', 'training_programme', 'training_partner', 'training_contribution', 'training_intake'];

export class TalentFlows1796800000000 implements MigrationInterface {
  name = 'TalentFlows1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        person_user_id uuid NOT NULL,
        home_organization_id uuid NOT NULL,
        host_organization_id uuid NOT NULL,
        supervisor_user_id uuid,
        tutor_user_id uuid,
        title text NOT NULL,
        topic text,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        status text NOT NULL DEFAULT 'PROPOSED',
        proposed_by_side text NOT NULL,
        home_agreed_by uuid,
        home_agreed_at timestamptz(3),
        host_agreed_by uuid,
        host_agreed_at timestamptz(3),
        withdrawn_at timestamptz(3),
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT placement_person_fk FOREIGN KEY (person_user_id) REFERENCES user_account (id),
        CONSTRAINT placement_home_fk FOREIGN KEY (home_organization_id) REFERENCES organization (id),
        CONSTRAINT placement_host_fk FOREIGN KEY (host_organization_id) REFERENCES organization (id),
        CONSTRAINT placement_supervisor_fk FOREIGN KEY (supervisor_user_id) REFERENCES user_account (id),
        CONSTRAINT placement_tutor_fk FOREIGN KEY (tutor_user_id) REFERENCES user_account (id),
        CONSTRAINT placement_home_agreed_by_fk FOREIGN KEY (home_agreed_by) REFERENCES user_account (id),
        CONSTRAINT placement_host_agreed_by_fk FOREIGN KEY (host_agreed_by) REFERENCES user_account (id),
        CONSTRAINT placement_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT placement_kind_known CHECK (kind IN (${kinds})),
        CONSTRAINT placement_status_known CHECK (status IN (${statuses})),
        CONSTRAINT placement_side_known CHECK (proposed_by_side IN ('HOME', 'HOST')),
        CONSTRAINT placement_elsewhere CHECK (home_organization_id <> host_organization_id),
        CONSTRAINT placement_not_own_supervisor CHECK (supervisor_user_id <> person_user_id AND tutor_user_id <> person_user_id),
        CONSTRAINT placement_title_present CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        CONSTRAINT placement_topic_length CHECK (topic IS NULL OR length(topic) <= 2000),
        CONSTRAINT placement_period_ordered CHECK (ends_on >= starts_on),
        CONSTRAINT placement_home_agreement_whole CHECK ((home_agreed_by IS NULL) = (home_agreed_at IS NULL)),
        CONSTRAINT placement_host_agreement_whole CHECK ((host_agreed_by IS NULL) = (host_agreed_at IS NULL)),
        CONSTRAINT placement_agreed_by_both CHECK (status NOT IN ('AGREED', 'RUNNING', 'COMPLETED') OR (home_agreed_at IS NOT NULL AND host_agreed_at IS NOT NULL)),
        CONSTRAINT placement_withdrawn_when CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)),
        CONSTRAINT placement_version_positive CHECK (version > 0)
      )`);
    await queryRunner.query(`CREATE INDEX placement_home_idx ON placement (home_organization_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX placement_host_idx ON placement (host_organization_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX placement_person_idx ON placement (person_user_id)`);
    await queryRunner.query(`CREATE INDEX placement_supervisor_idx ON placement (supervisor_user_id) WHERE supervisor_user_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX placement_tutor_idx ON placement (tutor_user_id) WHERE tutor_user_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX placement_created_at_id_idx ON placement (created_at, id)`);
    await queryRunner.query(`CREATE INDEX placement_kind_status_idx ON placement (kind, status)`);
    await queryRunner.query(`CREATE INDEX placement_period_idx ON placement (starts_on, ends_on)`);

    await queryRunner.query(`
      CREATE TABLE training_programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        runner_organization_id uuid NOT NULL,
        title text NOT NULL,
        title_en text,
        description text,
        curriculum_url text,
        field text,
        starts_on date NOT NULL,
        ends_on date,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT training_programme_runner_fk FOREIGN KEY (runner_organization_id) REFERENCES organization (id),
        CONSTRAINT training_programme_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT training_programme_title_present CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        CONSTRAINT training_programme_title_en_length CHECK (title_en IS NULL OR length(title_en) <= 300),
        CONSTRAINT training_programme_description_length CHECK (description IS NULL OR length(description) <= 5000),
        CONSTRAINT training_programme_curriculum_url_web CHECK (curriculum_url IS NULL OR (curriculum_url ~ '^https?://' AND length(curriculum_url) <= 2000)),
        CONSTRAINT training_programme_field_length CHECK (field IS NULL OR length(field) <= 200),
        CONSTRAINT training_programme_period_ordered CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT training_programme_version_positive CHECK (version > 0)
      )`);
    await queryRunner.query(`CREATE INDEX training_programme_runner_idx ON training_programme (runner_organization_id)`);
    await queryRunner.query(`CREATE INDEX training_programme_created_at_id_idx ON training_programme (created_at, id)`);
    await queryRunner.query(`
      CREATE INDEX training_programme_search_idx ON training_programme
        USING gin (fold_text(title || ' ' || coalesce(title_en, '') || ' ' || coalesce(field, '')) gin_trgm_ops)`);

    await queryRunner.query(`
      CREATE TABLE training_partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'INVITED',
        invited_by uuid,
        answered_by uuid,
        answered_at timestamptz(3),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT training_partner_programme_fk FOREIGN KEY (programme_id) REFERENCES training_programme (id) ON DELETE CASCADE,
        CONSTRAINT training_partner_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT training_partner_invited_by_fk FOREIGN KEY (invited_by) REFERENCES user_account (id),
        CONSTRAINT training_partner_answered_by_fk FOREIGN KEY (answered_by) REFERENCES user_account (id),
        CONSTRAINT training_partner_status_known CHECK (status IN ('INVITED', 'ACTIVE', 'DECLINED')),
        CONSTRAINT training_partner_answered_when CHECK ((status = 'INVITED') = (answered_at IS NULL)),
        CONSTRAINT training_partner_version_positive CHECK (version > 0)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX training_partner_programme_organization_key ON training_partner (programme_id, organization_id)`);
    await queryRunner.query(`CREATE INDEX training_partner_organization_idx ON training_partner (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE training_contribution (
        partner_id uuid NOT NULL,
        year integer NOT NULL,
        seats_funded integer NOT NULL DEFAULT 0,
        graduates_hired integer NOT NULL DEFAULT 0,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT training_contribution_pkey PRIMARY KEY (partner_id, year),
        CONSTRAINT training_contribution_partner_fk FOREIGN KEY (partner_id) REFERENCES training_partner (id) ON DELETE CASCADE,
        CONSTRAINT training_contribution_year_range CHECK (year BETWEEN 1900 AND 2200),
        CONSTRAINT training_contribution_counts CHECK (seats_funded BETWEEN 0 AND 100000 AND graduates_hired BETWEEN 0 AND 100000)
      )`);

    await queryRunner.query(`
      CREATE TABLE training_intake (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        year integer NOT NULL,
        trainees integer NOT NULL,
        graduates integer NOT NULL DEFAULT 0,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT training_intake_programme_fk FOREIGN KEY (programme_id) REFERENCES training_programme (id) ON DELETE CASCADE,
        CONSTRAINT training_intake_year_range CHECK (year BETWEEN 1900 AND 2200),
        CONSTRAINT training_intake_counts CHECK (trainees BETWEEN 0 AND 100000 AND graduates BETWEEN 0 AND trainees)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX training_intake_programme_year_key ON training_intake (programme_id, year)`);

    for (const [name, comment, sql] of views) {
      await queryRunner.query(`CREATE VIEW ${name} AS ${sql}`);
      await queryRunner.query(`COMMENT ON VIEW ${name} IS '${comment.replaceAll("'", "''")}'`);
    }
    for (const table of reported) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER ${table}_insight_revision AFTER INSERT OR UPDATE OR DELETE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION insight_touch()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...views].reverse()) await queryRunner.query(`DROP VIEW ${name}`);
    for (const table of ['training_intake', 'training_contribution', 'training_partner', 'training_programme', 'placement']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
