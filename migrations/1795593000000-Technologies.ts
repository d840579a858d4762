import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Research results (technologies) with their owners, inventors and TRL history, and the core of
 * commercialisation agreements (who licenses what to whom). Shares are percentages with two
 * decimals; a deferred check makes every list of shares total exactly 100 when the transaction ends,
 * so no write can leave a technology half-owned.
 */
export class Technologies1795593000000 implements MigrationInterface {
  name = 'Technologies1795593000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE technology (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        title text NOT NULL,
        abstract text,
        fields text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL DEFAULT '{}',
        current_trl smallint,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT technology_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT technology_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
        CONSTRAINT technology_title_present CHECK (length(btrim(title)) > 0 AND length(title) <= 300),
        CONSTRAINT technology_trl_range CHECK (current_trl IS NULL OR current_trl BETWEEN 1 AND 9),
        CONSTRAINT technology_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX technology_code_key ON technology (code)`);
    await queryRunner.query(`CREATE INDEX technology_created_at_id_idx ON technology (created_at, id)`);
    await queryRunner.query(`CREATE INDEX technology_current_trl_idx ON technology (current_trl)`);
    await queryRunner.query(`CREATE INDEX technology_fields_idx ON technology USING gin (fields)`);
    await queryRunner.query(`
      CREATE FUNCTION technology_search_document(code text, title text, abstract text, fields text[], keywords text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN fold_text(code || ' ' || title || ' ' || coalesce(abstract, '') || ' ' || array_to_string(fields, ' ') || ' ' || array_to_string(keywords, ' '))
    `);
    await queryRunner.query(
      `CREATE INDEX technology_search_idx ON technology USING gin (technology_search_document(code, title, abstract, fields, keywords) gin_trgm_ops)`,
    );

    await queryRunner.query(`
      CREATE TABLE technology_project (
        technology_id uuid NOT NULL,
        project_id uuid NOT NULL,
        PRIMARY KEY (technology_id, project_id),
        CONSTRAINT technology_project_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id) ON DELETE CASCADE,
        CONSTRAINT technology_project_project_fk FOREIGN KEY (project_id) REFERENCES project (id)
      )
    `);
    await queryRunner.query(`CREATE INDEX technology_project_project_idx ON technology_project (project_id, technology_id)`);

    await queryRunner.query(`
      CREATE TABLE technology_owner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        share numeric(5, 2) NOT NULL,
        valid_from date NOT NULL,
        valid_until date,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT technology_owner_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id) ON DELETE CASCADE,
        CONSTRAINT technology_owner_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT technology_owner_share_range CHECK (share > 0 AND share <= 100),
        CONSTRAINT technology_owner_period_ordered CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX technology_owner_start_key ON technology_owner (technology_id, organization_id, valid_from)`);
    await queryRunner.query(`CREATE INDEX technology_owner_organization_idx ON technology_owner (organization_id, technology_id)`);

    await queryRunner.query(`
      CREATE TABLE technology_inventor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL,
        user_id uuid,
        external_name text,
        affiliation_organization_id uuid,
        affiliation_name text,
        share numeric(5, 2) NOT NULL,
        position smallint NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT technology_inventor_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id) ON DELETE CASCADE,
        CONSTRAINT technology_inventor_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
        CONSTRAINT technology_inventor_affiliation_fk FOREIGN KEY (affiliation_organization_id) REFERENCES organization (id),
        CONSTRAINT technology_inventor_share_range CHECK (share > 0 AND share <= 100),
        CONSTRAINT technology_inventor_identified CHECK ((user_id IS NULL) <> (external_name IS NULL)),
        CONSTRAINT technology_inventor_name_present CHECK (external_name IS NULL OR length(btrim(external_name)) > 0)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX technology_inventor_user_key ON technology_inventor (technology_id, user_id) WHERE user_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX technology_inventor_technology_idx ON technology_inventor (technology_id, position, id)`);
    await queryRunner.query(`CREATE INDEX technology_inventor_user_idx ON technology_inventor (user_id, technology_id) WHERE user_id IS NOT NULL`);

    // Shares total exactly 100 at commit: inventors whenever there are any, owners on every day some
    // ownership is valid (the sum can only change on a start date or the day after an end date).
    await queryRunner.query(`
      CREATE FUNCTION technology_shares_total() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        subject uuid := coalesce(NEW.technology_id, OLD.technology_id);
        wrong_day date;
        inventor_total numeric;
      BEGIN
        IF TG_TABLE_NAME = 'technology_inventor' THEN
          SELECT sum(share) INTO inventor_total FROM technology_inventor WHERE technology_id = subject;
          IF inventor_total IS NOT NULL AND inventor_total <> 100 THEN
            RAISE EXCEPTION 'inventor shares of technology % total %, not 100', subject, inventor_total USING ERRCODE = 'check_violation', CONSTRAINT = 'technology_inventor_shares_total';
          END IF;
        ELSE
          SELECT day INTO wrong_day FROM (
            SELECT valid_from AS day FROM technology_owner WHERE technology_id = subject
            UNION SELECT valid_until + 1 FROM technology_owner WHERE technology_id = subject AND valid_until IS NOT NULL
          ) boundaries
          WHERE (SELECT sum(share) FROM technology_owner o
                  WHERE o.technology_id = subject AND o.valid_from <= day AND (o.valid_until IS NULL OR o.valid_until >= day)) <> 100
          LIMIT 1;
          IF wrong_day IS NOT NULL THEN
            RAISE EXCEPTION 'owner shares of technology % do not total 100 on %', subject, wrong_day USING ERRCODE = 'check_violation', CONSTRAINT = 'technology_owner_shares_total';
          END IF;
        END IF;
        RETURN NULL;
      END $$
    `);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER technology_owner_shares_total AFTER INSERT OR UPDATE OR DELETE ON technology_owner
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION technology_shares_total()
    `);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER technology_inventor_shares_total AFTER INSERT OR UPDATE OR DELETE ON technology_inventor
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION technology_shares_total()
    `);

    await queryRunner.query(`
      CREATE TABLE trl_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL,
        level smallint NOT NULL,
        assessed_on date NOT NULL,
        assessor_user_id uuid,
        assessor_name text,
        evidence text NOT NULL,
        recorded_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT trl_assessment_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id) ON DELETE CASCADE,
        CONSTRAINT trl_assessment_assessor_fk FOREIGN KEY (assessor_user_id) REFERENCES user_account (id),
        CONSTRAINT trl_assessment_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES user_account (id),
        CONSTRAINT trl_assessment_level_range CHECK (level BETWEEN 1 AND 9),
        CONSTRAINT trl_assessment_assessor_named CHECK (assessor_user_id IS NOT NULL OR length(btrim(assessor_name)) > 0),
        CONSTRAINT trl_assessment_evidence_present CHECK (length(btrim(evidence)) > 0)
      )
    `);
    await queryRunner.query(`CREATE INDEX trl_assessment_technology_idx ON trl_assessment (technology_id, assessed_on, created_at)`);
    // The history is append-only, and the technology's current level is always its latest assessment.
    await queryRunner.query(`
      CREATE FUNCTION trl_assessment_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'TRL assessments are append-only' USING ERRCODE = 'insufficient_privilege';
      END $$
    `);
    await queryRunner.query(`CREATE TRIGGER trl_assessment_no_change BEFORE UPDATE OR DELETE ON trl_assessment FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION trl_assessment_append_only()`);
    await queryRunner.query(`
      CREATE FUNCTION trl_assessment_sets_current() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE technology SET current_trl = (
          SELECT level FROM trl_assessment WHERE technology_id = NEW.technology_id ORDER BY assessed_on DESC, created_at DESC LIMIT 1
        ) WHERE id = NEW.technology_id;
        RETURN NULL;
      END $$
    `);
    await queryRunner.query(`CREATE TRIGGER trl_assessment_current AFTER INSERT ON trl_assessment FOR EACH ROW EXECUTE FUNCTION trl_assessment_sets_current()`);

    await queryRunner.query(`
      CREATE TABLE agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        title text NOT NULL,
        type text NOT NULL,
        status text NOT NULL DEFAULT 'NEGOTIATING',
        licensee_organization_id uuid NOT NULL,
        territory text[] NOT NULL DEFAULT '{}',
        field_of_use text,
        currency char(3) NOT NULL DEFAULT 'VND',
        upfront_fee numeric(20, 2),
        royalty_rate numeric(7, 4),
        effective_on date,
        expires_on date,
        executed_on date,
        ended_on date,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT agreement_licensee_fk FOREIGN KEY (licensee_organization_id) REFERENCES organization (id),
        CONSTRAINT agreement_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT agreement_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
        CONSTRAINT agreement_title_present CHECK (length(btrim(title)) > 0 AND length(title) <= 300),
        CONSTRAINT agreement_type_known CHECK (type IN ('LICENCE_EXCLUSIVE', 'LICENCE_NON_EXCLUSIVE', 'OPTION', 'ASSIGNMENT', 'SPONSORED_RESEARCH', 'MATERIAL_TRANSFER')),
        CONSTRAINT agreement_status_known CHECK (status IN ('NEGOTIATING', 'EXECUTED', 'ACTIVE', 'TERMINATED', 'EXPIRED')),
        CONSTRAINT agreement_currency_code CHECK (currency ~ '^[A-Z]{3}$'),
        CONSTRAINT agreement_upfront_fee_not_negative CHECK (upfront_fee IS NULL OR upfront_fee >= 0),
        CONSTRAINT agreement_royalty_rate_range CHECK (royalty_rate IS NULL OR (royalty_rate >= 0 AND royalty_rate <= 100)),
        CONSTRAINT agreement_period_ordered CHECK (expires_on IS NULL OR effective_on IS NULL OR expires_on >= effective_on),
        -- Signed agreements carry their date; a negotiation abandoned before signing ends TERMINATED without one.
        CONSTRAINT agreement_executed_when_signed CHECK (
          CASE status WHEN 'NEGOTIATING' THEN executed_on IS NULL WHEN 'TERMINATED' THEN true ELSE executed_on IS NOT NULL END),
        CONSTRAINT agreement_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX agreement_code_key ON agreement (code)`);
    await queryRunner.query(`CREATE INDEX agreement_created_at_id_idx ON agreement (created_at, id)`);
    await queryRunner.query(`CREATE INDEX agreement_licensee_idx ON agreement (licensee_organization_id, status)`);
    await queryRunner.query(`CREATE INDEX agreement_status_idx ON agreement (status, executed_on)`);
    await queryRunner.query(`CREATE INDEX agreement_search_idx ON agreement USING gin (fold_text(code || ' ' || title || ' ' || coalesce(field_of_use, '')) gin_trgm_ops)`);

    await queryRunner.query(`
      CREATE TABLE agreement_technology (
        agreement_id uuid NOT NULL,
        technology_id uuid NOT NULL,
        PRIMARY KEY (agreement_id, technology_id),
        CONSTRAINT agreement_technology_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
        CONSTRAINT agreement_technology_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id)
      )
    `);
    await queryRunner.query(`CREATE INDEX agreement_technology_technology_idx ON agreement_technology (technology_id, agreement_id)`);

    await queryRunner.query(`
      CREATE TABLE agreement_licensor (
        agreement_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        PRIMARY KEY (agreement_id, organization_id),
        CONSTRAINT agreement_licensor_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
        CONSTRAINT agreement_licensor_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
      )
    `);
    await queryRunner.query(`CREATE INDEX agreement_licensor_organization_idx ON agreement_licensor (organization_id, agreement_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_licensor`);
    await queryRunner.query(`DROP TABLE agreement_technology`);
    await queryRunner.query(`DROP TABLE agreement`);
    await queryRunner.query(`DROP TABLE trl_assessment`);
    await queryRunner.query(`DROP FUNCTION trl_assessment_sets_current()`);
    await queryRunner.query(`DROP FUNCTION trl_assessment_append_only()`);
    await queryRunner.query(`DROP TABLE technology_inventor`);
    await queryRunner.query(`DROP TABLE technology_owner`);
    await queryRunner.query(`DROP FUNCTION technology_shares_total()`);
    await queryRunner.query(`DROP TABLE technology_project`);
    await queryRunner.query(`DROP TABLE technology`);
    await queryRunner.query(`DROP FUNCTION technology_search_document(text, text, text, text[], text[])`);
  }
}
