import type { EntityManager } from 'typeorm';
import { PartnershipStatus, PartnershipType } from '../partnerships/partnership.entity.js';

export interface DemoPartnership {
  /** Fixed, so that a second run finds it. */
  id: string;
  type: PartnershipType;
  title: string;
  description: string;
  signedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  status: PartnershipStatus;
  partySlugs: string[];
}

/** Real agreements between the demo actors; only what is known is stated. Every party has accepted them. */
export const demoPartnerships: DemoPartnership[] = [
  {
    id: '2bc6edca-e202-4083-a34e-5fde03660e92',
    type: PartnershipType.STRATEGIC_COOPERATION,
    title: 'Binh Duong – Eindhoven smart-city cooperation',
    description:
      'Strategic smart-city cooperation between Binh Duong province and the City of Eindhoven, in force since 2016. Only the year is known: the signing day is not recorded, and validFrom (1 January 2016) stands for the year.',
    signedOn: null,
    validFrom: '2016-01-01',
    validUntil: null,
    status: PartnershipStatus.ACTIVE,
    partySlugs: ['binh-duong-peoples-committee', 'eindhoven'],
  },
];

/**
 * Loads the demo partnerships, after the demo organisations, in the caller's transaction. Idempotent:
 * a partnership whose id exists is left exactly as it is, parties included (also if someone changed
 * it since), so a second run changes nothing. One whose parties are not all present is skipped.
 * Returns how many were created.
 */
export async function seedDemoPartnerships(manager: EntityManager): Promise<number> {
  let created = 0;
  for (const partnership of demoPartnerships) {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO partnership (id, type, title, description, signed_on, valid_from, valid_until, status)
       SELECT $1::uuid, $2::text, $3::text, $4::text, $5::date, $6::date, $7::date, $8::text
        WHERE (SELECT count(*) FROM organization WHERE slug = ANY($9::text[])) = cardinality($9::text[])
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        partnership.id,
        partnership.type,
        partnership.title,
        partnership.description,
        partnership.signedOn,
        partnership.validFrom,
        partnership.validUntil,
        partnership.status,
        partnership.partySlugs,
      ],
    );
    if (inserted.length === 0) continue;
    await manager.query(
      `INSERT INTO partnership_party (partnership_id, organization_id, consent)
       SELECT $1::uuid, id, 'ACCEPTED' FROM organization WHERE slug = ANY($2::text[])
       ON CONFLICT DO NOTHING`,
      [partnership.id, partnership.partySlugs],
    );
    created += 1;
  }
  return created;
}
