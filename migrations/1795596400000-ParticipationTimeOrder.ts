import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation's projects are listed by the projects' creation time. Each participation carries
 * its project's creation time (set by a trigger, and following the project's), so that one index
 * gives an organisation's projects in order, a page of them read in a few index steps, whether it
 * takes part in three projects or in thousands.
 */
export class ParticipationTimeOrder1795596400000 implements MigrationInterface {
  name = 'ParticipationTimeOrder1795596400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE project_participant ADD COLUMN project_creation_time timestamptz(3)`);
    await queryRunner.query(`UPDATE project_participant pp SET project_creation_time = p.created_at FROM project p WHERE p.id = pp.project_id`);
    // The update queued the reports' deferred trigger for every row; the table cannot change while
    // they wait, so they run now (they only move a sequence).
    await queryRunner.query(`SET CONSTRAINTS project_participant_insight_revision IMMEDIATE`);
    await queryRunner.query(`ALTER TABLE project_participant ALTER COLUMN project_creation_time SET NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION participation_project_time() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.project_creation_time := (SELECT created_at FROM project WHERE id = NEW.project_id);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER participation_project_time BEFORE INSERT OR UPDATE OF project_id, project_creation_time ON project_participant
        FOR EACH ROW EXECUTE FUNCTION participation_project_time()`);
    await queryRunner.query(`
      CREATE FUNCTION project_time_to_participations() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE project_participant SET project_creation_time = NEW.created_at WHERE project_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER project_time_to_participations AFTER UPDATE OF created_at ON project
        FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at) EXECUTE FUNCTION project_time_to_participations()`);
    await queryRunner.query(`DROP INDEX project_participant_organization_idx`);
    await queryRunner.query(
      `CREATE INDEX project_participant_organization_idx ON project_participant (organization_id, status, project_creation_time, project_id)`,
    );
    await queryRunner.query(`SET CONSTRAINTS project_participant_insight_revision DEFERRED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX project_participant_organization_idx`);
    await queryRunner.query(`CREATE INDEX project_participant_organization_idx ON project_participant (organization_id, status, project_id)`);
    await queryRunner.query(`DROP TRIGGER project_time_to_participations ON project`);
    await queryRunner.query(`DROP FUNCTION project_time_to_participations()`);
    await queryRunner.query(`DROP TRIGGER participation_project_time ON project_participant`);
    await queryRunner.query(`DROP FUNCTION participation_project_time()`);
    await queryRunner.query(`ALTER TABLE project_participant DROP COLUMN project_creation_time`);
  }
}
