import type { MigrationInterface, QueryRunner } from 'typeorm';

const helices = `'GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY'`;
const kinds = [
  'PEOPLES_COMMITTEE', 'GOVERNMENT_DEPARTMENT', 'MUNICIPALITY', 'PUBLIC_AGENCY', 'STATE_OWNED_ENTERPRISE',
  'PRIVATE_COMPANY', 'STARTUP', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'LAB', 'INCUBATOR', 'INTERMEDIARY', 'NGO',
  'INTERNATIONAL_NETWORK',
].map((kind) => `'${kind}'`).join(', ');

/**
 * The organisation directory, with its invariants kept by the database. Names sort by Vietnamese
 * rules (ICU), the same on every server, rather than by the server's default locale.
 */
export class Organizations1795586950811 implements MigrationInterface {
  name = 'Organizations1795586950811';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text COLLATE "vi-x-icu" NOT NULL,
        name_en text,
        short_name text,
        helix text NOT NULL,
        secondary_helices text[] NOT NULL DEFAULT '{}',
        kind text NOT NULL,
        parent_id uuid,
        country char(2) NOT NULL,
        province text,
        website text,
        description text,
        verified boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT organization_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
        CONSTRAINT organization_name_present CHECK (length(btrim(name)) > 0 AND length(name) <= 300),
        CONSTRAINT organization_helix_known CHECK (helix IN (${helices})),
        CONSTRAINT organization_secondary_helices_known CHECK (
          secondary_helices <@ ARRAY[${helices}]::text[] AND NOT helix = ANY (secondary_helices)
        ),
        CONSTRAINT organization_kind_known CHECK (kind IN (${kinds})),
        CONSTRAINT organization_country_code CHECK (country ~ '^[A-Z]{2}$'),
        CONSTRAINT organization_website_url CHECK (website ~ '^https?://'),
        CONSTRAINT organization_not_own_parent CHECK (parent_id <> id),
        CONSTRAINT organization_version_positive CHECK (version > 0),
        CONSTRAINT organization_parent_fk FOREIGN KEY (parent_id) REFERENCES organization (id) ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX organization_slug_key ON organization (slug)`);
    // Keyset pagination walks (sort key, id); one index per order the API offers.
    await queryRunner.query(`CREATE INDEX organization_name_id_idx ON organization (name, id)`);
    await queryRunner.query(`CREATE INDEX organization_created_at_id_idx ON organization (created_at, id)`);
    await queryRunner.query(`CREATE INDEX organization_updated_at_id_idx ON organization (updated_at, id)`);
    await queryRunner.query(`CREATE INDEX organization_helix_idx ON organization (helix)`);
    await queryRunner.query(`CREATE INDEX organization_secondary_helices_idx ON organization USING gin (secondary_helices)`);
    await queryRunner.query(`CREATE INDEX organization_kind_idx ON organization (kind)`);
    await queryRunner.query(`CREATE INDEX organization_country_idx ON organization (country)`);
    await queryRunner.query(`CREATE INDEX organization_parent_id_idx ON organization (parent_id)`);
    // Accent- and case-insensitive substring search over every name an organisation goes by.
    await queryRunner.query(`
      CREATE INDEX organization_search_idx ON organization
        USING gin (fold_text(name || ' ' || coalesce(name_en, '') || ' ' || coalesce(short_name, '') || ' ' || slug) gin_trgm_ops)
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organization`);
  }
}
