import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/** What organisations publish of an organisation: its public facts, for reports, lists and orderings. */
const views: PublishedView[] = [
  {
    name: 'organization_fact',
    row: 'an organisation, archived ones included (readers decide whether to show them)',
    from: 'organization',
    columns: [
      ['id', 'the organisation'],
      ['parent_id', 'the organisation it is a unit of (null for a top-level one)'],
      ['slug', 'its unique short name in addresses'],
      ['name', 'its name (Vietnamese collation: order by it for lists)'],
      ['name_en', 'its English name, if any'],
      ['short_name', 'its abbreviation, if any'],
      ['helix', 'its helix: GOVERNMENT, INDUSTRY, ACADEMIA or CIVIL_SOCIETY'],
      ['secondary_helices', 'further helices it also belongs to (hybrids), never its own helix'],
      ['kind', 'what sort of organisation it is'],
      ['country', 'ISO 3166-1 alpha-2 code'],
      ['province', 'its province, if known (compare with fold_text)'],
      ['verified', 'whether the platform has verified it'],
      ['archived_at', 'when it was archived (null while active)'],
    ],
  },
];

export class OrganizationFacts1796000000000 implements MigrationInterface {
  name = 'OrganizationFacts1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublishedViews(queryRunner, 'organizations', views);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views);
  }
}
