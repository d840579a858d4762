import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/**
 * The insight reports count placements, training partnerships and incubation as collaborations
 * (the network, the synergy figures, the ICF measures and the funnel). Two things they need:
 *
 * - the incubation tables move the reports' revision (see the InsightRevision migration), as the
 *   talent-flow tables already do, so that a cached report follows an admission or a graduation;
 * - `training_partner_fact`: the active partners of each training programme, whether or not they
 *   have recorded a year's contribution yet (`training_fact` has rows only for recorded years).
 */

const reported = ['incubation_programme', 'incubation_cohort', 'incubation_application', 'incubation_mentor'];

const views: PublishedView[] = [
  {
    name: 'training_partner_fact',
    row: 'an ACTIVE partner of a training programme (invitations and refusals are left out)',
    from: `training_partner tp JOIN training_programme p ON p.id = tp.programme_id WHERE tp.status = 'ACTIVE'`,
    columns: [
      ['programme_id', 'the training programme', 'tp.programme_id'],
      ['runner_organization_id', 'the university (or unit) that runs it', 'p.runner_organization_id'],
      ['organization_id', 'the partner', 'tp.organization_id'],
      ['since', 'the day the partner accepted the invitation', 'tp.answered_at::date'],
    ],
  },
];

export class InsightTalent1796900000000 implements MigrationInterface {
  name = 'InsightTalent1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of reported) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER ${table}_insight_revision AFTER INSERT OR UPDATE OR DELETE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION insight_touch()`,
      );
    }
    await createPublishedViews(queryRunner, 'training', views);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views);
    for (const table of reported) await queryRunner.query(`DROP TRIGGER ${table}_insight_revision ON ${table}`);
  }
}
