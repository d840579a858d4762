import type { DataSource } from 'typeorm';
import { demoOrganizations } from './demo-organizations.js';
import { seedDemoPartnerships } from './demo-partnerships.js';

export interface SeedReport {
  created: number;
  alreadyPresent: number;
}

/**
 * Loads the demo actors. Idempotent: an actor whose slug exists is left exactly as it is (also if
 * someone edited it since), so a second run changes nothing.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    let created = 0;
    for (const organization of demoOrganizations) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO organization
           (slug, name, name_en, short_name, helix, secondary_helices, kind, parent_id, country, province,
            website, description, verified)
         VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT id FROM organization WHERE slug = $8), $9, $10, $11, $12, $13)
         ON CONFLICT (slug) DO NOTHING
         RETURNING id`,
        [
          organization.slug,
          organization.name,
          organization.nameEn,
          organization.shortName ?? null,
          organization.helix,
          organization.secondaryHelices ?? [],
          organization.kind,
          organization.parentSlug ?? null,
          organization.country,
          organization.province ?? null,
          organization.website ?? null,
          organization.description,
          organization.verified,
        ],
      );
      created += inserted.length;
    }
    // Partnerships between the actors; not counted in the report, which counts organisations.
    await seedDemoPartnerships(manager);
    // The province's smart-city programme, which joint projects can belong to.
    await manager.query(
      `INSERT INTO programme (code, name, description, owner_organization_id)
       SELECT 'BD-SMART-CITY', 'Binh Duong Smart City', $1, id FROM organization WHERE slug = 'binh-duong-peoples-committee'
       ON CONFLICT (code) DO NOTHING`,
      ['Binh Duong’s smart-city programme, run with partners such as the City of Eindhoven (cooperation since 2016).'],
    );
    return { created, alreadyPresent: demoOrganizations.length - created };
  });
}
