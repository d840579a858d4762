import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exchange feed walks offers and demands in the order of their last change (then id), and asks for
 * the changes after a point: each table is found by its last change.
 */
export class ExchangeFeedIndexes1796300000000 implements MigrationInterface {
  name = 'ExchangeFeedIndexes1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX technology_offer_updated_at_id_idx ON technology_offer (updated_at, id)`);
    await queryRunner.query(`CREATE INDEX technology_demand_updated_at_id_idx ON technology_demand (updated_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX technology_demand_updated_at_id_idx`);
    await queryRunner.query(`DROP INDEX technology_offer_updated_at_id_idx`);
  }
}
