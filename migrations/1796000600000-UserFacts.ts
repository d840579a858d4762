import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/** What identity publishes of a person for other domains' records: who they are by name, never their email. */
const views: PublishedView[] = [
  {
    name: 'user_fact',
    row: 'a person with an account, as the records that name them show them (no email address: identity decides who sees it)',
    from: 'user_account',
    columns: [
      ['id', 'the person'],
      ['display_name', 'the name they chose to be shown by'],
      ['orcid', 'their ORCID iD, bare (0000-0002-1825-0097), or null'],
      ['updated_at', 'the last change of the account'],
    ],
  },
];

export class UserFacts1796000600000 implements MigrationInterface {
  name = 'UserFacts1796000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublishedViews(queryRunner, 'identity', views);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views);
  }
}
