import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ROR IDs on organisations, ORCID iDs on people and on inventors who are not on the platform. Stored
 * bare; the check digits are checked here as well as at the edge, so no path writes a mistyped one.
 */
export class StandardIdentifiers1795710000000 implements MigrationInterface {
  name = 'StandardIdentifiers1795710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // STRICT: a missing identifier (NULL) passes the checks that call these.
    // ISO/IEC 7064 MOD 97-10 over the number the first seven Crockford base-32 characters spell.
    await queryRunner.query(`
      CREATE FUNCTION ror_id_valid(id text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN id ~ '^0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$' THEN
          98 - (SELECT sum((strpos('0123456789abcdefghjkmnpqrstvwxyz', substr(id, i, 1)) - 1)::bigint * (32::bigint ^ (7 - i))::bigint)
                  FROM generate_series(1, 7) AS i) * 100 % 97 = substr(id, 8, 2)::int
        ELSE false END
      $$`);
    // ISO/IEC 7064 MOD 11-2 over the first fifteen digits.
    await queryRunner.query(`
      CREATE FUNCTION orcid_valid(id text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN id ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$' THEN
          (SELECT CASE check_value WHEN 10 THEN 'X' ELSE check_value::text END
             FROM (SELECT (12 - sum(substr(replace(id, '-', ''), i, 1)::int * (2 ^ (16 - i))::bigint) % 11) % 11 AS check_value
                     FROM generate_series(1, 15) AS i) AS computed) = right(id, 1)
        ELSE false END
      $$`);
    await queryRunner.query(`ALTER TABLE organization ADD COLUMN ror_id text, ADD CONSTRAINT organization_ror_id_valid CHECK (ror_id_valid(ror_id))`);
    await queryRunner.query(`CREATE UNIQUE INDEX organization_ror_id_key ON organization (ror_id) WHERE ror_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE user_account ADD COLUMN orcid text, ADD CONSTRAINT user_account_orcid_valid CHECK (orcid_valid(orcid))`);
    await queryRunner.query(`CREATE UNIQUE INDEX user_account_orcid_key ON user_account (orcid) WHERE orcid IS NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE technology_inventor ADD COLUMN orcid text,
        ADD CONSTRAINT technology_inventor_orcid_valid CHECK (orcid_valid(orcid)),
        ADD CONSTRAINT technology_inventor_orcid_external CHECK (orcid IS NULL OR user_id IS NULL)`);
    await queryRunner.query(`CREATE INDEX technology_inventor_orcid_idx ON technology_inventor (orcid) WHERE orcid IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE technology_inventor DROP COLUMN orcid`);
    await queryRunner.query(`ALTER TABLE user_account DROP COLUMN orcid`);
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN ror_id`);
    await queryRunner.query(`DROP FUNCTION orcid_valid(text)`);
    await queryRunner.query(`DROP FUNCTION ror_id_valid(text)`);
  }
}
