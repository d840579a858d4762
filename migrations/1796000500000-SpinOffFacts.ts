import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/** What spin-offs publish of a spin-off: which organisation it is, whose it is, and when it was founded. */
const views: PublishedView[] = [
  {
    name: 'spin_off_fact',
    row: 'a start-up founded out of an organisation',
    from: 'spin_off',
    columns: [
      ['id', 'the spin-off record'],
      ['organization_id', 'the start-up (an organisation of its own)'],
      ['parent_organization_id', 'the organisation it was spun off from'],
      ['founded_on', 'the day it was founded'],
      ['status', 'where it is in its life'],
    ],
  },
];

export class SpinOffFacts1796000500000 implements MigrationInterface {
  name = 'SpinOffFacts1796000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublishedViews(queryRunner, 'spin-offs', views);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views);
  }
}
