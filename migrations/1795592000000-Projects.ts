import type { MigrationInterface, QueryRunner } from 'typeorm';

const icfFactors = `'BROADBAND', 'KNOWLEDGE_WORKFORCE', 'INNOVATION', 'DIGITAL_EQUALITY', 'SUSTAINABILITY', 'COMMUNITY_ENGAGEMENT'`;

/**
 * Joint projects with their participants (CERIF roles, consent, contributions) and milestones,
 * programmes they belong to, and partnerships (agreements between organisations outside projects).
 * Money is numeric with an ISO 4217 currency, never floating point.
 */
export class Projects1795592000000 implements MigrationInterface {
  name = 'Projects1795592000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        description text,
        owner_organization_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT programme_owner_fk FOREIGN KEY (owner_organization_id) REFERENCES organization (id),
        CONSTRAINT programme_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
        CONSTRAINT programme_name_present CHECK (length(btrim(name)) > 0)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX programme_code_key ON programme (code)`);

    await queryRunner.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        title text NOT NULL,
        summary text,
        description text,
        status text NOT NULL DEFAULT 'DRAFT',
        start_date date,
        end_date date,
        budget_amount numeric(20, 2),
        budget_currency char(3) NOT NULL DEFAULT 'VND',
        visibility text NOT NULL DEFAULT 'PARTNERS',
        icf_factors text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL DEFAULT '{}',
        programme_id uuid,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT project_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
        CONSTRAINT project_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT project_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
        CONSTRAINT project_title_present CHECK (length(btrim(title)) > 0 AND length(title) <= 300),
        CONSTRAINT project_status_known CHECK (status IN ('DRAFT', 'PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED')),
        CONSTRAINT project_visibility_known CHECK (visibility IN ('PUBLIC', 'PARTNERS')),
        CONSTRAINT project_dates_ordered CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CONSTRAINT project_budget_not_negative CHECK (budget_amount IS NULL OR budget_amount >= 0),
        CONSTRAINT project_currency_code CHECK (budget_currency ~ '^[A-Z]{3}$'),
        CONSTRAINT project_icf_factors_known CHECK (icf_factors <@ ARRAY[${icfFactors}]::text[]),
        CONSTRAINT project_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX project_code_key ON project (code)`);
    await queryRunner.query(`CREATE INDEX project_created_at_id_idx ON project (created_at, id)`);
    await queryRunner.query(`CREATE INDEX project_title_id_idx ON project (title, id)`);
    await queryRunner.query(`CREATE INDEX project_start_date_id_idx ON project (start_date, id)`);
    await queryRunner.query(`CREATE INDEX project_status_idx ON project (status)`);
    await queryRunner.query(`CREATE INDEX project_programme_id_idx ON project (programme_id)`);
    await queryRunner.query(`CREATE INDEX project_icf_factors_idx ON project USING gin (icf_factors)`);
    // array_to_string is only STABLE in general; over text[] its result cannot change, so the search
    // document is wrapped in a function declared IMMUTABLE, as fold_text is.
    await queryRunner.query(`
      CREATE FUNCTION project_search_document(code text, title text, summary text, keywords text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN fold_text(code || ' ' || title || ' ' || coalesce(summary, '') || ' ' || array_to_string(keywords, ' '))
    `);
    await queryRunner.query(`CREATE INDEX project_search_idx ON project USING gin (project_search_document(code, title, summary, keywords) gin_trgm_ops)`);

    await queryRunner.query(`
      CREATE TABLE project_participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        role text NOT NULL,
        status text NOT NULL,
        since date,
        until date,
        cash_amount numeric(20, 2),
        cash_currency char(3),
        in_kind_description text,
        in_kind_value_amount numeric(20, 2),
        in_kind_value_currency char(3),
        invited_by uuid,
        responded_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT project_participant_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT project_participant_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT project_participant_invited_by_fk FOREIGN KEY (invited_by) REFERENCES user_account (id),
        CONSTRAINT project_participant_responded_by_fk FOREIGN KEY (responded_by) REFERENCES user_account (id),
        CONSTRAINT project_participant_role_known CHECK (role IN ('COORDINATOR', 'PARTNER', 'FUNDER', 'IN_KIND_CONTRIBUTOR', 'ADVISOR')),
        CONSTRAINT project_participant_status_known CHECK (status IN ('INVITED', 'ACTIVE', 'DECLINED', 'LEFT', 'REMOVED')),
        CONSTRAINT project_participant_period_ordered CHECK (until IS NULL OR since IS NULL OR until >= since),
        CONSTRAINT project_participant_cash_complete CHECK ((cash_amount IS NULL) = (cash_currency IS NULL) AND (cash_amount IS NULL OR cash_amount >= 0)),
        CONSTRAINT project_participant_in_kind_complete CHECK (
          (in_kind_value_amount IS NULL) = (in_kind_value_currency IS NULL) AND (in_kind_value_amount IS NULL OR in_kind_value_amount >= 0)
        )
      )
    `);
    // An organisation takes part in a project once at a time; a project has one active coordinator.
    await queryRunner.query(`CREATE UNIQUE INDEX project_participant_open_key ON project_participant (project_id, organization_id) WHERE status IN ('INVITED', 'ACTIVE')`);
    await queryRunner.query(`CREATE UNIQUE INDEX project_participant_one_coordinator_key ON project_participant (project_id) WHERE role = 'COORDINATOR' AND status = 'ACTIVE'`);
    await queryRunner.query(`CREATE INDEX project_participant_organization_idx ON project_participant (organization_id, status, project_id)`);
    // The participants of a page of projects, in order (loaders and access checks).
    await queryRunner.query(`CREATE INDEX project_participant_project_idx ON project_participant (project_id, created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        kind text NOT NULL DEFAULT 'MILESTONE',
        title text NOT NULL,
        description text,
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED',
        completed_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT milestone_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT milestone_kind_known CHECK (kind IN ('MILESTONE', 'DELIVERABLE')),
        CONSTRAINT milestone_status_known CHECK (status IN ('PLANNED', 'DONE', 'MISSED')),
        CONSTRAINT milestone_title_present CHECK (length(btrim(title)) > 0 AND length(title) <= 300),
        CONSTRAINT milestone_completion_when_done CHECK ((status = 'DONE') = (completed_on IS NOT NULL))
      )
    `);
    await queryRunner.query(`CREATE INDEX milestone_project_due_idx ON milestone (project_id, due_date, id)`);

    await queryRunner.query(`
      CREATE TABLE partnership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        title text NOT NULL,
        description text,
        signed_on date,
        valid_from date,
        valid_until date,
        status text NOT NULL DEFAULT 'DRAFT',
        document_reference text,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT partnership_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT partnership_type_known CHECK (type IN ('MOU', 'STRATEGIC_COOPERATION', 'FRAMEWORK_AGREEMENT', 'RESEARCH_CONTRACT', 'NDA')),
        CONSTRAINT partnership_status_known CHECK (status IN ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
        CONSTRAINT partnership_title_present CHECK (length(btrim(title)) > 0 AND length(title) <= 300),
        CONSTRAINT partnership_validity_ordered CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
      )
    `);
    await queryRunner.query(`CREATE INDEX partnership_created_at_id_idx ON partnership (created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE partnership_party (
        partnership_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        PRIMARY KEY (partnership_id, organization_id),
        CONSTRAINT partnership_party_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT partnership_party_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
      )
    `);
    await queryRunner.query(`CREATE INDEX partnership_party_organization_idx ON partnership_party (organization_id, partnership_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE partnership_party`);
    await queryRunner.query(`DROP TABLE partnership`);
    await queryRunner.query(`DROP TABLE milestone`);
    await queryRunner.query(`DROP TABLE project_participant`);
    await queryRunner.query(`DROP TABLE project`);
    await queryRunner.query(`DROP FUNCTION project_search_document(text, text, text, text[])`);
    await queryRunner.query(`DROP TABLE programme`);
  }
}
