import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each project carries what its participations say about it, kept by triggers as participations and
 * organisations change: `helices` (its active participants' helices, secondary ones included, as
 * hybrids such as Becamex IDC count) and `primary_helices` (their own helices only), `readers` (the
 * organisations of its active and invited participants, whose members read its confidential fields),
 * `participant_ids` (the active ones) and `coordinator_id` (the active coordinator). Lists show a
 * project's helices and decide who reads its money, filters find projects, and the reports count and
 * protect their figures from the project's row, without joining participants and organisations
 * project by project.
 */
export class ProjectFacts1795596500000 implements MigrationInterface {
  name = 'ProjectFacts1795596500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE project
        ADD COLUMN helices text[] NOT NULL DEFAULT '{}',
        ADD COLUMN primary_helices text[] NOT NULL DEFAULT '{}',
        ADD COLUMN readers uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN participant_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN coordinator_id uuid`);
    // Helices in the order of the Helix enum, each once; organisations by id.
    await queryRunner.query(`
      CREATE FUNCTION project_helices_of(target uuid, with_secondary boolean) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(x.helix ORDER BY array_position(ARRAY['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY'], x.helix)), '{}')
          FROM (SELECT DISTINCT h.helix
                  FROM project_participant pp JOIN organization o ON o.id = pp.organization_id
                 CROSS JOIN LATERAL unnest(CASE WHEN with_secondary THEN array_prepend(o.helix, o.secondary_helices) ELSE ARRAY[o.helix] END) AS h(helix)
                 WHERE pp.project_id = target AND pp.status = 'ACTIVE') x
      $$`);
    // The projects' rows are locked first (in one order), so that the facts are read after any
    // concurrent change to their participants has committed (each statement below takes a new snapshot).
    await queryRunner.query(`
      CREATE FUNCTION refresh_project_facts(targets uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM project p WHERE p.id = ANY(targets) ORDER BY p.id FOR NO KEY UPDATE;
        WITH facts AS (
          SELECT t.id, project_helices_of(t.id, true) AS helices, project_helices_of(t.id, false) AS primary_helices,
                 ARRAY(SELECT pp.organization_id FROM project_participant pp
                        WHERE pp.project_id = t.id AND pp.status IN ('ACTIVE', 'INVITED') ORDER BY 1) AS readers,
                 ARRAY(SELECT pp.organization_id FROM project_participant pp WHERE pp.project_id = t.id AND pp.status = 'ACTIVE' ORDER BY 1) AS participant_ids,
                 (SELECT pp.organization_id FROM project_participant pp
                   WHERE pp.project_id = t.id AND pp.status = 'ACTIVE' AND pp.role = 'COORDINATOR' LIMIT 1) AS coordinator_id
            FROM unnest(targets) AS t(id))
        UPDATE project p
           SET helices = f.helices, primary_helices = f.primary_helices, readers = f.readers, participant_ids = f.participant_ids, coordinator_id = f.coordinator_id
          FROM facts f
         WHERE p.id = f.id
           AND (p.helices, p.primary_helices, p.readers, p.participant_ids, p.coordinator_id)
               IS DISTINCT FROM (f.helices, f.primary_helices, f.readers, f.participant_ids, f.coordinator_id);
      END $$`);
    // Once per statement, over the rows it changed: a bulk insert refreshes each of its projects once.
    for (const [event, rows] of [
      ['INSERT', 'NEW TABLE AS changed'],
      ['UPDATE', 'OLD TABLE AS before NEW TABLE AS changed'],
      ['DELETE', 'OLD TABLE AS before'],
    ]) {
      const projects = [...(rows.includes('before') ? ['SELECT project_id FROM before'] : []), ...(rows.includes('changed') ? ['SELECT project_id FROM changed'] : [])];
      await queryRunner.query(`
        CREATE FUNCTION participation_project_facts_${event.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM refresh_project_facts(ARRAY(SELECT DISTINCT x.project_id FROM (${projects.join(' UNION ALL ')}) x));
          RETURN NULL;
        END $$`);
      await queryRunner.query(`
        CREATE TRIGGER participation_project_facts_${event.toLowerCase()} AFTER ${event} ON project_participant
          REFERENCING ${rows} FOR EACH STATEMENT EXECUTE FUNCTION participation_project_facts_${event.toLowerCase()}()`);
    }
    await queryRunner.query(`
      CREATE FUNCTION organization_project_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_project_facts(ARRAY(SELECT DISTINCT pp.project_id FROM project_participant pp WHERE pp.organization_id = NEW.id AND pp.status = 'ACTIVE'));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER organization_project_facts AFTER UPDATE OF helix, secondary_helices ON organization
        FOR EACH ROW WHEN (OLD.helix IS DISTINCT FROM NEW.helix OR OLD.secondary_helices IS DISTINCT FROM NEW.secondary_helices)
        EXECUTE FUNCTION organization_project_facts()`);
    await queryRunner.query(`
      UPDATE project p SET helices = project_helices_of(p.id, true), primary_helices = project_helices_of(p.id, false),
             readers = ARRAY(SELECT pp.organization_id FROM project_participant pp WHERE pp.project_id = p.id AND pp.status IN ('ACTIVE', 'INVITED') ORDER BY 1),
             participant_ids = ARRAY(SELECT pp.organization_id FROM project_participant pp WHERE pp.project_id = p.id AND pp.status = 'ACTIVE' ORDER BY 1),
             coordinator_id = (SELECT pp.organization_id FROM project_participant pp WHERE pp.project_id = p.id AND pp.status = 'ACTIVE' AND pp.role = 'COORDINATOR' LIMIT 1)`);
    // The update queued the reports' deferred trigger for every row; they run now (they only move a sequence).
    await queryRunner.query(`SET CONSTRAINTS project_insight_revision IMMEDIATE`);
    await queryRunner.query(`SET CONSTRAINTS project_insight_revision DEFERRED`);
    await queryRunner.query(`CREATE INDEX project_helices_idx ON project USING gin (helices)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX project_helices_idx`);
    await queryRunner.query(`DROP TRIGGER organization_project_facts ON organization`);
    await queryRunner.query(`DROP FUNCTION organization_project_facts()`);
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER participation_project_facts_${event} ON project_participant`);
      await queryRunner.query(`DROP FUNCTION participation_project_facts_${event}()`);
    }
    await queryRunner.query(`DROP FUNCTION refresh_project_facts(uuid[])`);
    await queryRunner.query(`DROP FUNCTION project_helices_of(uuid, boolean)`);
    await queryRunner.query(`ALTER TABLE project DROP COLUMN helices, DROP COLUMN primary_helices, DROP COLUMN readers, DROP COLUMN participant_ids, DROP COLUMN coordinator_id`);
  }
}
