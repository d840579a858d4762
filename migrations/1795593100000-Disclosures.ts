import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invention disclosures (an invention handed to an owning institution, which decides whether to
 * protect, publish or release it) and IP protection filings with their status and the priority
 * chain between them. Deadlines are computed from the filings' dates by the application's rules.
 */
export class Disclosures1795593100000 implements MigrationInterface {
  name = 'Disclosures1795593100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invention_disclosure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        title text NOT NULL,
        description text,
        status text NOT NULL DEFAULT 'DRAFT',
        decision text,
        decision_notes text,
        submitted_at timestamptz(3),
        submitted_by uuid,
        decided_at timestamptz(3),
        decided_by uuid,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT invention_disclosure_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id) ON DELETE CASCADE,
        CONSTRAINT invention_disclosure_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT invention_disclosure_submitted_by_fk FOREIGN KEY (submitted_by) REFERENCES user_account (id),
        CONSTRAINT invention_disclosure_decided_by_fk FOREIGN KEY (decided_by) REFERENCES user_account (id),
        CONSTRAINT invention_disclosure_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT invention_disclosure_status_known CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_EVALUATION', 'DECIDED')),
        CONSTRAINT invention_disclosure_decision_known CHECK (decision IS NULL OR decision IN ('PROTECT', 'PUBLISH', 'RELEASE_TO_INVENTORS')),
        CONSTRAINT invention_disclosure_decided_with_decision CHECK ((status = 'DECIDED') = (decision IS NOT NULL AND decided_at IS NOT NULL)),
        CONSTRAINT invention_disclosure_submitted_when_not_draft CHECK ((status = 'DRAFT') = (submitted_at IS NULL)),
        CONSTRAINT invention_disclosure_title_present CHECK (length(btrim(title)) > 0 AND length(title) <= 300),
        CONSTRAINT invention_disclosure_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE INDEX invention_disclosure_technology_idx ON invention_disclosure (technology_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX invention_disclosure_organization_idx ON invention_disclosure (organization_id, status)`);
    await queryRunner.query(`CREATE INDEX invention_disclosure_created_at_id_idx ON invention_disclosure (created_at, id)`);
    await queryRunner.query(`CREATE INDEX invention_disclosure_status_idx ON invention_disclosure (status, created_at)`);

    await queryRunner.query(`
      CREATE TABLE ip_filing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL,
        type text NOT NULL,
        jurisdiction text NOT NULL,
        title text,
        application_number text,
        priority_date date NOT NULL,
        filing_date date NOT NULL,
        publication_date date,
        publication_number text,
        grant_date date,
        registration_number text,
        expiry_date date,
        status text NOT NULL DEFAULT 'FILED',
        parent_filing_id uuid,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT ip_filing_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id) ON DELETE CASCADE,
        CONSTRAINT ip_filing_parent_fk FOREIGN KEY (parent_filing_id) REFERENCES ip_filing (id),
        CONSTRAINT ip_filing_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT ip_filing_type_known CHECK (type IN ('PATENT', 'UTILITY_SOLUTION', 'INDUSTRIAL_DESIGN', 'COPYRIGHT', 'TRADE_SECRET', 'PLANT_VARIETY')),
        CONSTRAINT ip_filing_status_known CHECK (status IN ('FILED', 'PUBLISHED', 'UNDER_EXAMINATION', 'GRANTED', 'LAPSED', 'EXPIRED', 'ABANDONED', 'REJECTED', 'WITHDRAWN')),
        CONSTRAINT ip_filing_jurisdiction_format CHECK (jurisdiction ~ '^[A-Z]{2,5}$'),
        CONSTRAINT ip_filing_application_number_present CHECK (application_number IS NULL OR (length(btrim(application_number)) > 0 AND length(application_number) <= 60)),
        CONSTRAINT ip_filing_priority_not_after_filing CHECK (priority_date <= filing_date),
        CONSTRAINT ip_filing_dates_after_filing CHECK ((publication_date IS NULL OR publication_date >= filing_date)
          AND (grant_date IS NULL OR grant_date >= filing_date) AND (expiry_date IS NULL OR expiry_date >= filing_date)),
        CONSTRAINT ip_filing_published_dated CHECK (status <> 'PUBLISHED' OR publication_date IS NOT NULL),
        CONSTRAINT ip_filing_granted_registered CHECK (status NOT IN ('GRANTED', 'LAPSED', 'EXPIRED') OR (grant_date IS NOT NULL AND registration_number IS NOT NULL)),
        CONSTRAINT ip_filing_not_own_parent CHECK (parent_filing_id IS NULL OR parent_filing_id <> id),
        CONSTRAINT ip_filing_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX ip_filing_application_number_key ON ip_filing (jurisdiction, application_number) WHERE application_number IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ip_filing_technology_idx ON ip_filing (technology_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX ip_filing_created_at_id_idx ON ip_filing (created_at, id)`);
    await queryRunner.query(`CREATE INDEX ip_filing_status_idx ON ip_filing (status, type)`);
    await queryRunner.query(`CREATE INDEX ip_filing_jurisdiction_idx ON ip_filing (jurisdiction, status)`);
    await queryRunner.query(`CREATE INDEX ip_filing_parent_idx ON ip_filing (parent_filing_id) WHERE parent_filing_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ip_filing`);
    await queryRunner.query(`DROP TABLE invention_disclosure`);
  }
}
