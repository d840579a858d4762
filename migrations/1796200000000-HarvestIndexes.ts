import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Harvesters ask for the records changed in a period (OAI-PMH `from` and `until`): the tables whose rows
 * become records are found by their last change. Organisations have had such an index from the start.
 */
export class HarvestIndexes1796200000000 implements MigrationInterface {
  name = 'HarvestIndexes1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX project_updated_at_id_idx ON project (updated_at, id)`);
    await queryRunner.query(`CREATE INDEX technology_updated_at_id_idx ON technology (updated_at, id)`);
    await queryRunner.query(`CREATE INDEX ip_filing_updated_at_id_idx ON ip_filing (updated_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ip_filing_updated_at_id_idx`);
    await queryRunner.query(`DROP INDEX technology_updated_at_id_idx`);
    await queryRunner.query(`DROP INDEX project_updated_at_id_idx`);
  }
}
