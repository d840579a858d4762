import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each party to a partnership accepts it (or declines); a partnership is ACTIVE only when every
 * party has accepted, which a deferred trigger holds whatever writes it. Partnerships recorded
 * before stay as they are: their parties count as having accepted.
 */
export class PartnershipConsent1795596310000 implements MigrationInterface {
  name = 'PartnershipConsent1795596310000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE partnership_party
        ADD COLUMN consent text NOT NULL DEFAULT 'ACCEPTED',
        ADD COLUMN decided_by uuid,
        ADD COLUMN decided_at timestamptz(3),
        ADD CONSTRAINT partnership_party_consent_known CHECK (consent IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        ADD CONSTRAINT partnership_party_decided_by_fk FOREIGN KEY (decided_by) REFERENCES user_account (id)`);
    await queryRunner.query(`ALTER TABLE partnership_party ALTER COLUMN consent SET DEFAULT 'PENDING'`);
    await queryRunner.query(`
      CREATE FUNCTION partnership_active_needs_consent() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        checked uuid;
      BEGIN
        -- Each branch is planned only when it runs: the other table's row has no such field.
        IF TG_TABLE_NAME = 'partnership' THEN
          checked := NEW.id;
        ELSE
          checked := NEW.partnership_id;
        END IF;
        IF EXISTS (
          SELECT 1 FROM partnership p JOIN partnership_party pp ON pp.partnership_id = p.id
           WHERE p.id = checked AND p.status = 'ACTIVE' AND pp.consent <> 'ACCEPTED'
        ) THEN
          RAISE EXCEPTION 'partnership % is ACTIVE while a party has not accepted it', checked
            USING ERRCODE = '23514', CONSTRAINT = 'partnership_active_needs_consent';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER partnership_active_needs_consent AFTER INSERT OR UPDATE OF status ON partnership
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION partnership_active_needs_consent()`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER partnership_party_active_needs_consent AFTER INSERT OR UPDATE OF consent ON partnership_party
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION partnership_active_needs_consent()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER partnership_party_active_needs_consent ON partnership_party`);
    await queryRunner.query(`DROP TRIGGER partnership_active_needs_consent ON partnership`);
    await queryRunner.query(`DROP FUNCTION partnership_active_needs_consent()`);
    await queryRunner.query(`
      ALTER TABLE partnership_party
        DROP CONSTRAINT partnership_party_decided_by_fk,
        DROP CONSTRAINT partnership_party_consent_known,
        DROP COLUMN decided_at,
        DROP COLUMN decided_by,
        DROP COLUMN consent`);
  }
}
