import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/** What revenue publishes of the income agreements bring. */
const views: PublishedView[] = [
  {
    name: 'revenue_receipt_fact',
    row: 'money received under an agreement',
    from: 'revenue_receipt',
    columns: [
      ['id', 'the receipt'],
      ['agreement_id', 'the agreement it was paid under'],
      ['kind', 'what it pays (upfront fee, royalty, milestone, ...)'],
      ['amount', 'how much (numeric, exact)'],
      ['currency', 'its currency (ISO 4217, char(3): trim it)'],
      ['received_on', 'the day it was received'],
    ],
  },
];

export class RevenueFacts1796000400000 implements MigrationInterface {
  name = 'RevenueFacts1796000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublishedViews(queryRunner, 'revenue', views);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views);
  }
}
