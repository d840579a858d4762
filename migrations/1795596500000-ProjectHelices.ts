import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each project carries the helices of its active participants: `primary_helices` (each
 * organisation's own helix) and `helices` (with their secondary helices, as hybrids such as Becamex
 * IDC count). Triggers keep them as participations and organisations change, so a list shows a
 * project's helices, the helix filters find projects, and the reports count combinations, without
 * joining participants and organisations project by project.
 */
export class ProjectHelices1795596500000 implements MigrationInterface {
  name = 'ProjectHelices1795596500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE project ADD COLUMN helices text[] NOT NULL DEFAULT '{}', ADD COLUMN primary_helices text[] NOT NULL DEFAULT '{}'`);
    // In the order of the Helix enum, each once.
    await queryRunner.query(`
      CREATE FUNCTION project_helices_of(target uuid, with_secondary boolean) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(x.helix ORDER BY array_position(ARRAY['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY'], x.helix)), '{}')
          FROM (SELECT DISTINCT h.helix
                  FROM project_participant pp JOIN organization o ON o.id = pp.organization_id
                 CROSS JOIN LATERAL unnest(CASE WHEN with_secondary THEN array_prepend(o.helix, o.secondary_helices) ELSE ARRAY[o.helix] END) AS h(helix)
                 WHERE pp.project_id = target AND pp.status = 'ACTIVE') x
      $$`);
    // The project's row is locked first, so that the helices are read after any concurrent change to
    // its participants has committed (each statement below takes a new snapshot).
    await queryRunner.query(`
      CREATE FUNCTION refresh_project_helices(target uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM project p WHERE p.id = target FOR NO KEY UPDATE;
        UPDATE project p SET helices = project_helices_of(target, true), primary_helices = project_helices_of(target, false)
         WHERE p.id = target AND (p.helices, p.primary_helices) IS DISTINCT FROM (project_helices_of(target, true), project_helices_of(target, false));
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION participation_helices() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM refresh_project_helices(OLD.project_id); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.project_id IS DISTINCT FROM OLD.project_id) THEN PERFORM refresh_project_helices(NEW.project_id); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER participation_helices AFTER INSERT OR DELETE OR UPDATE OF project_id, organization_id, status ON project_participant
        FOR EACH ROW EXECUTE FUNCTION participation_helices()`);
    await queryRunner.query(`
      CREATE FUNCTION organization_helices() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_project_helices(pp.project_id) FROM project_participant pp WHERE pp.organization_id = NEW.id AND pp.status = 'ACTIVE' ORDER BY pp.project_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER organization_helices AFTER UPDATE OF helix, secondary_helices ON organization
        FOR EACH ROW WHEN (OLD.helix IS DISTINCT FROM NEW.helix OR OLD.secondary_helices IS DISTINCT FROM NEW.secondary_helices)
        EXECUTE FUNCTION organization_helices()`);
    await queryRunner.query(`UPDATE project SET helices = project_helices_of(id, true), primary_helices = project_helices_of(id, false)`);
    // The update queued the reports' deferred trigger for every row; they run now (they only move a sequence).
    await queryRunner.query(`SET CONSTRAINTS project_insight_revision IMMEDIATE`);
    await queryRunner.query(`SET CONSTRAINTS project_insight_revision DEFERRED`);
    await queryRunner.query(`CREATE INDEX project_helices_idx ON project USING gin (helices)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX project_helices_idx`);
    await queryRunner.query(`DROP TRIGGER organization_helices ON organization`);
    await queryRunner.query(`DROP FUNCTION organization_helices()`);
    await queryRunner.query(`DROP TRIGGER participation_helices ON project_participant`);
    await queryRunner.query(`DROP FUNCTION participation_helices()`);
    await queryRunner.query(`DROP FUNCTION refresh_project_helices(uuid)`);
    await queryRunner.query(`DROP FUNCTION project_helices_of(uuid, boolean)`);
    await queryRunner.query(`ALTER TABLE project DROP COLUMN helices, DROP COLUMN primary_helices`);
  }
}
