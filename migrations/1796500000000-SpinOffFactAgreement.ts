import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

const columns: PublishedView['columns'] = [
  ['id', 'the spin-off record'],
  ['organization_id', 'the start-up (an organisation of its own)'],
  ['parent_organization_id', 'the organisation it was spun off from'],
  ['founded_on', 'the day it was founded'],
  ['status', 'where it is in its life'],
];

const before: PublishedView = { name: 'spin_off_fact', row: 'a start-up founded out of an organisation', from: 'spin_off', columns };

/** Spin-offs publish the agreement a start-up was founded on, so that reports can follow it back to the technologies and programmes behind it. */
const after: PublishedView = { ...before, columns: [...columns, ['agreement_id', 'the licence or assignment it was founded on (null when none)']] };

export class SpinOffFactAgreement1796500000000 implements MigrationInterface {
  name = 'SpinOffFactAgreement1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, [before]);
    await createPublishedViews(queryRunner, 'spin-offs', [after]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, [after]);
    await createPublishedViews(queryRunner, 'spin-offs', [before]);
  }
}
