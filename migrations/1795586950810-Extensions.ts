import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The extensions the schema relies on, and an indexable accent-folding function for search. */
export class Extensions1795586950810 implements MigrationInterface {
  name = 'Extensions1795586950810';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE (its dictionary could change), so it cannot stand in an index; this
    // wrapper names the dictionary explicitly and is declared IMMUTABLE, the usual way to index it.
    await queryRunner.query(`
      CREATE FUNCTION fold_text(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN lower(public.unaccent('public.unaccent'::regdictionary, value))
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION fold_text(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pgcrypto`);
  }
}
