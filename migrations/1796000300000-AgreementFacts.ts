import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/** What agreements publish of an agreement: its kind and dates, its parties, and the technologies it covers. */
const views: PublishedView[] = [
  {
    name: 'agreement_fact',
    row: 'a commercialisation agreement (licence, option, ...)',
    from: 'agreement',
    columns: [
      ['id', 'the agreement'],
      ['type', "what it is (LICENCE_* for licences, OPTION, ...)"],
      ['status', 'where it is in its life'],
      ['licensee_organization_id', 'the licensee'],
      ['executed_on', 'the day it was signed (null until then)'],
    ],
  },
  {
    name: 'agreement_licensor_fact',
    row: 'a licensor of an agreement (an agreement has one or more)',
    from: 'agreement_licensor',
    columns: [
      ['agreement_id', 'the agreement'],
      ['organization_id', 'the licensor'],
    ],
  },
  {
    name: 'agreement_technology_fact',
    row: 'a technology an agreement covers',
    from: 'agreement_technology',
    columns: [
      ['agreement_id', 'the agreement'],
      ['technology_id', 'the technology'],
    ],
  },
];

export class AgreementFacts1796000300000 implements MigrationInterface {
  name = 'AgreementFacts1796000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublishedViews(queryRunner, 'agreements', views);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views);
  }
}
