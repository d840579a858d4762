import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/**
 * What technologies publish of a technology's life for the reports: where it came from, its TRL
 * history, who owned it when, its disclosures and its IP filings. (Who owns it today is
 * `technology_owner_today`, see the TechnologyOwnersToday migration.)
 */
const views: PublishedView[] = [
  {
    name: 'technology_fact',
    row: 'a technology',
    from: 'technology',
    columns: [
      ['id', 'the technology'],
      ['code', 'its unique code'],
      ['current_trl', 'its technology readiness level now (1-9; null when never assessed)'],
      ['created_at', 'when it was recorded'],
    ],
  },
  {
    name: 'technology_origin_fact',
    row: 'a project a technology came out of',
    from: 'technology_project',
    columns: [
      ['technology_id', 'the technology'],
      ['project_id', 'the project'],
    ],
  },
  {
    name: 'trl_assessment_fact',
    row: "one assessment of a technology's readiness level (its TRL history)",
    from: 'trl_assessment',
    columns: [
      ['id', 'the assessment'],
      ['technology_id', 'the technology'],
      ['level', 'the level assessed (1-9)'],
      ['assessed_on', 'the day it holds from'],
      ['created_at', 'when it was recorded: orders assessments of the same day'],
    ],
  },
  {
    name: 'technology_ownership_fact',
    row: "an organisation's share in a technology over a period (its ownership history)",
    from: 'technology_owner',
    columns: [
      ['id', 'the ownership period'],
      ['technology_id', 'the technology'],
      ['organization_id', 'the owner'],
      ['share', 'its share (0-1]'],
      ['valid_from', 'the first day it holds'],
      ['valid_until', 'the last day it holds (null: still holds)'],
    ],
  },
  {
    name: 'invention_disclosure_fact',
    row: 'an invention disclosure',
    from: 'invention_disclosure',
    columns: [
      ['id', 'the disclosure'],
      ['technology_id', 'the technology it discloses'],
      ['organization_id', 'the organisation it was disclosed to'],
      ['status', 'where it is in its review'],
      ['submitted_at', 'when it was submitted (null while a draft)'],
    ],
  },
  {
    name: 'ip_filing_fact',
    row: 'an IP filing of a technology',
    from: 'ip_filing',
    columns: [
      ['id', 'the filing'],
      ['technology_id', 'the technology it protects'],
      ['type', 'what it is (PATENT, UTILITY_SOLUTION, ...)'],
      ['status', 'where it is in its procedure'],
      ['filing_date', 'when it was filed'],
      ['grant_date', 'when it was granted (null until then)'],
      ['parent_filing_id', 'the filing it continues or extends (null for a new application)'],
    ],
  },
];

export class TechnologyFacts1796000200000 implements MigrationInterface {
  name = 'TechnologyFacts1796000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublishedViews(queryRunner, 'technologies', views);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views);
  }
}
