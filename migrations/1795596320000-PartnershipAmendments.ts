import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Once a partnership has left DRAFT its terms change only with every party's consent: a change of
 * terms by someone who does not speak for every party waits, as an amendment, for the others to
 * accept it. One open amendment per partnership; it applies only to the version it was made from.
 */
export class PartnershipAmendments1795596320000 implements MigrationInterface {
  name = 'PartnershipAmendments1795596320000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partnership_amendment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        changes jsonb NOT NULL,
        base_version integer NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        proposed_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        decided_at timestamptz(3),
        CONSTRAINT partnership_amendment_pkey PRIMARY KEY (id),
        CONSTRAINT partnership_amendment_status_known CHECK (status IN ('PENDING', 'APPLIED', 'DECLINED', 'SUPERSEDED')),
        CONSTRAINT partnership_amendment_changes_object CHECK (jsonb_typeof(changes) = 'object' AND changes <> '{}'::jsonb),
        CONSTRAINT partnership_amendment_base_version_positive CHECK (base_version >= 1),
        CONSTRAINT partnership_amendment_decided_when_closed CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CONSTRAINT partnership_amendment_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT partnership_amendment_proposed_by_fk FOREIGN KEY (proposed_by) REFERENCES user_account (id)
      )`);
    // One open amendment per partnership: a new one supersedes it.
    await queryRunner.query(`CREATE UNIQUE INDEX partnership_amendment_open_idx ON partnership_amendment (partnership_id) WHERE status = 'PENDING'`);
    await queryRunner.query(`
      CREATE TABLE partnership_amendment_consent (
        amendment_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        consent text NOT NULL DEFAULT 'PENDING',
        decided_by uuid,
        decided_at timestamptz(3),
        CONSTRAINT partnership_amendment_consent_pkey PRIMARY KEY (amendment_id, organization_id),
        CONSTRAINT partnership_amendment_consent_known CHECK (consent IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        CONSTRAINT partnership_amendment_consent_decided CHECK ((consent = 'PENDING') = (decided_at IS NULL)),
        CONSTRAINT partnership_amendment_consent_amendment_fk FOREIGN KEY (amendment_id) REFERENCES partnership_amendment (id) ON DELETE CASCADE,
        CONSTRAINT partnership_amendment_consent_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT partnership_amendment_consent_decided_by_fk FOREIGN KEY (decided_by) REFERENCES user_account (id)
      )`);
    await queryRunner.query(`CREATE INDEX partnership_amendment_consent_organization_idx ON partnership_amendment_consent (organization_id)`);
    // Whatever writes it, an amendment is APPLIED only when every party asked has accepted it.
    await queryRunner.query(`
      CREATE FUNCTION partnership_amendment_applied_needs_consent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'APPLIED' AND EXISTS (
          SELECT 1 FROM partnership_amendment_consent c WHERE c.amendment_id = NEW.id AND c.consent <> 'ACCEPTED'
        ) THEN
          RAISE EXCEPTION 'partnership amendment % is APPLIED while a party has not accepted it', NEW.id
            USING ERRCODE = '23514', CONSTRAINT = 'partnership_amendment_applied_needs_consent';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER partnership_amendment_applied_needs_consent AFTER INSERT OR UPDATE OF status ON partnership_amendment
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION partnership_amendment_applied_needs_consent()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER partnership_amendment_applied_needs_consent ON partnership_amendment`);
    await queryRunner.query(`DROP FUNCTION partnership_amendment_applied_needs_consent()`);
    await queryRunner.query(`DROP TABLE partnership_amendment_consent`);
    await queryRunner.query(`DROP TABLE partnership_amendment`);
  }
}
