import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The records matching ranks. */
const tables = ['technology_offer', 'technology_demand'];

/**
 * A revision number that moves whenever an offer or a demand changes, so that a ranking of matches
 * can be kept until then (as the reports are kept under `insight_revision`). The triggers run at
 * commit, so the number moves with the change becoming visible.
 */
export class ExchangeRevision1795596600000 implements MigrationInterface {
  name = 'ExchangeRevision1795596600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE exchange_revision`);
    await queryRunner.query(`
      CREATE FUNCTION exchange_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval('exchange_revision');
        RETURN NULL;
      END $$`);
    for (const table of tables) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER ${table}_exchange_revision AFTER INSERT OR UPDATE OR DELETE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION exchange_touch()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) await queryRunner.query(`DROP TRIGGER ${table}_exchange_revision ON ${table}`);
    await queryRunner.query(`DROP FUNCTION exchange_touch()`);
    await queryRunner.query(`DROP SEQUENCE exchange_revision`);
  }
}
