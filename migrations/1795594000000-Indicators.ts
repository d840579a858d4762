import type { MigrationInterface, QueryRunner } from 'typeorm';

const icfFactors = `'BROADBAND', 'KNOWLEDGE_WORKFORCE', 'INNOVATION', 'DIGITAL_EQUALITY', 'SUSTAINABILITY', 'COMMUNITY_ENGAGEMENT'`;

/**
 * Indicator measurements that organisations report against the ICF's six factors (for the
 * province's self-assessment), verified by platform admins.
 */
export class Indicators1795594000000 implements MigrationInterface {
  name = 'Indicators1795594000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator_measurement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        factor text NOT NULL,
        indicator text NOT NULL,
        value numeric(20, 4) NOT NULL,
        unit text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        evidence_url text,
        note text,
        status text NOT NULL DEFAULT 'REPORTED',
        reviewed_by uuid,
        reviewed_at timestamptz(3),
        review_note text,
        reported_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT indicator_measurement_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT indicator_measurement_reported_by_fk FOREIGN KEY (reported_by) REFERENCES user_account (id),
        CONSTRAINT indicator_measurement_reviewed_by_fk FOREIGN KEY (reviewed_by) REFERENCES user_account (id),
        CONSTRAINT indicator_measurement_factor_known CHECK (factor IN (${icfFactors})),
        CONSTRAINT indicator_measurement_indicator_present CHECK (length(btrim(indicator)) BETWEEN 1 AND 200),
        CONSTRAINT indicator_measurement_unit_present CHECK (length(btrim(unit)) BETWEEN 1 AND 50),
        CONSTRAINT indicator_measurement_period_ordered CHECK (period_end >= period_start),
        CONSTRAINT indicator_measurement_evidence_link CHECK (evidence_url IS NULL OR evidence_url ~ '^https?://'),
        CONSTRAINT indicator_measurement_status_known CHECK (status IN ('REPORTED', 'VERIFIED', 'REJECTED')),
        CONSTRAINT indicator_measurement_reviewed_when_decided CHECK ((status = 'REPORTED') = (reviewed_at IS NULL) AND (reviewed_at IS NULL) = (reviewed_by IS NULL)),
        CONSTRAINT indicator_measurement_version_positive CHECK (version > 0)
      )
    `);
    // One value per organisation, indicator and period.
    await queryRunner.query(
      `CREATE UNIQUE INDEX indicator_measurement_period_key ON indicator_measurement (organization_id, factor, lower(indicator), period_start, period_end)`,
    );
    await queryRunner.query(`CREATE INDEX indicator_measurement_factor_period_idx ON indicator_measurement (factor, period_end, id)`);
    await queryRunner.query(`CREATE INDEX indicator_measurement_created_at_id_idx ON indicator_measurement (created_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE indicator_measurement`);
  }
}
