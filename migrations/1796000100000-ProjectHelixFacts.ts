import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/** What projects publish of a project and its participations, for the reports. */
const views: PublishedView[] = [
  {
    name: 'project_helix_fact',
    row: 'a project, with what its participations say about it (kept by triggers, see the ProjectFacts migration)',
    from: 'project',
    columns: [
      ['id', 'the project'],
      ['programme_id', 'the programme it belongs to, if any'],
      ['status', 'where it is in its life (ProjectStatus: DRAFT, PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED)'],
      ['visibility', 'who reads it (ProjectVisibility: PUBLIC or PARTNERS)'],
      ['start_date', 'when it starts, if known'],
      ['end_date', 'when it ends, if known'],
      ['created_at', 'when it was recorded (its date when it has no start date)'],
      ['budget_amount', 'its budget (null when not given)'],
      ["budget_currency", "the budget's currency (ISO 4217, char(3): trim it)"],
      ['icf_factors', 'the innovation-capacity factors it addresses'],
      ['helices', 'the helices of its active participants, secondary ones included, in the Helix order'],
      ['primary_helices', 'the helices of its active participants, their own helix only'],
      ["participant_ids", "its active participants' organisations, by id"],
      ["coordinator_id", "its active coordinator's organisation (null when it has none): its budget is about it"],
      ['readers', 'the organisations of its active and invited participants: their members read its confidential fields'],
    ],
  },
  {
    name: 'project_participation_fact',
    row: "an organisation's participation in a project, with what it contributes",
    from: 'project_participant',
    columns: [
      ['id', 'the participation'],
      ['project_id', 'the project'],
      ['organization_id', 'the participating organisation'],
      ['role', 'how it takes part (ParticipantRole; one active COORDINATOR at most)'],
      ['status', 'ParticipantStatus: only ACTIVE ones take part, INVITED ones read the project too'],
      ['cash_amount', 'the cash it contributes (null when none)'],
      ['cash_currency', 'its currency'],
      ['in_kind_value_amount', 'the value of what it contributes in kind (null when none)'],
      ['in_kind_value_currency', 'its currency'],
    ],
  },
];

export class ProjectHelixFacts1796000100000 implements MigrationInterface {
  name = 'ProjectHelixFacts1796000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublishedViews(queryRunner, 'projects', views);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views);
  }
}
