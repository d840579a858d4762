import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who owns a technology today, as one view that technologies publish: access, reads, reports and
 * other domains ask it instead of repeating the period test on `technology_owner`. PostgreSQL
 * inlines it into the statements that use it, so it costs nothing over the test written out.
 */
export class TechnologyOwnersToday1795596700000 implements MigrationInterface {
  name = 'TechnologyOwnersToday1795596700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW technology_owner_today AS
        SELECT id, technology_id, organization_id, share, valid_from, valid_until
          FROM technology_owner
         WHERE valid_from <= CURRENT_DATE AND (valid_until IS NULL OR valid_until >= CURRENT_DATE)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW technology_owner_today`);
  }
}
