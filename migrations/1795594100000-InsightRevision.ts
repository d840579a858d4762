import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The records the insight reports are computed from. */
const tables = [
  'organization', 'project', 'project_participant', 'technology', 'technology_owner', 'technology_project', 'trl_assessment',
  'invention_disclosure', 'ip_filing', 'agreement', 'agreement_licensor', 'revenue_receipt', 'spin_off', 'indicator_measurement',
];

/**
 * A revision number that moves whenever a record behind the insight reports changes, so that a
 * report can be kept until then. A sequence, not a counter row: writers never wait on each other for
 * it. The triggers run at commit (deferred), so the number moves with the change becoming visible.
 */
export class InsightRevision1795594100000 implements MigrationInterface {
  name = 'InsightRevision1795594100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE insight_revision`);
    await queryRunner.query(`
      CREATE FUNCTION insight_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval('insight_revision');
        RETURN NULL;
      END $$
    `);
    for (const table of tables) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER ${table}_insight_revision AFTER INSERT OR UPDATE OR DELETE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION insight_touch()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) await queryRunner.query(`DROP TRIGGER ${table}_insight_revision ON ${table}`);
    await queryRunner.query(`DROP FUNCTION insight_touch()`);
    await queryRunner.query(`DROP SEQUENCE insight_revision`);
  }
}
