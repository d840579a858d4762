import { makePlatformAdmin, register } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/** TRL progression of technologies from projects, computed from the assessment history. */
describe('trlProgression', () => {
  let t: TestApp;
  let creator: string;
  const owners: string[] = [];
  let technologies = 0;

  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);

  /** A technology of `projectId`, owned by the next of the three owners, with assessments [level, date]. */
  async function technology(projectId: string, assessments: [number, string][]): Promise<void> {
    const owner = owners[technologies % owners.length];
    // Assessments dated within projects of past years, and those projects completed: states the API does not make.
    await t.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`INSERT INTO technology (code, title, created_by) VALUES ($1, 'Sample technology', $2) RETURNING id`, [`TRL-${++technologies}`, creator]);
      await manager.query(`INSERT INTO technology_owner (technology_id, organization_id, share, valid_from) VALUES ($1, $2, 100, '2020-01-01')`, [row.id, owner]);
      await manager.query(`INSERT INTO technology_project (technology_id, project_id) VALUES ($1, $2)`, [row.id, projectId]);
      for (const [level, on] of assessments) {
        await manager.query(
          `INSERT INTO trl_assessment (technology_id, level, assessed_on, assessor_name, evidence, recorded_by) VALUES ($1, $2, $3, 'Sample assessor', 'Sample evidence', $4)`,
          [row.id, level, on, creator],
        );
      }
    });
  }

  const project = async (code: string, start: string, end: string | null) =>
    (await sql(`INSERT INTO project (code, title, status, start_date, end_date, created_by) VALUES ($1, 'Sample', 'COMPLETED', $2, $3, $4) RETURNING id`, [code, start, end, creator]))[0]
      .id as string;

  const query = graphql(`query InsightTrlTrlProgression($filter: CollaborationFilter) { trlProgression(filter: $filter) {
    technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } projects averageGainPerProject } }`);

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: creator }] = await sql(`INSERT INTO user_account (email, display_name, password_hash) VALUES ('trl@example.org', 'Sample person', 'x') RETURNING id`);
    // Three verified owners, one technology each: no one of them dominates the figures.
    for (const slug of ['trl-uni-a', 'trl-uni-b', 'trl-uni-c']) {
      const [{ id }] = await sql(
        `INSERT INTO organization (slug, name, helix, kind, country, description, verified) VALUES ($1, 'Sample university', 'ACADEMIA', 'UNIVERSITY', 'VN', 'Sample data', true) RETURNING id`,
        [slug],
      );
      owners.push(id);
    }
    // Project A (2021–2022): one technology 3 → 5 during the project, then 6 after it; one 2 → 4 within it.
    const a = await project('TRL-A', '2021-01-01', '2022-12-31');
    await technology(a, [[3, '2020-06-01'], [5, '2022-06-01'], [6, '2023-06-01']]);
    await technology(a, [[2, '2021-03-01'], [4, '2022-01-01']]);
    // Project B (2021, no end): one technology first assessed after its start, 4 → 7.
    const b = await project('TRL-B', '2021-05-01', null);
    await technology(b, [[4, '2021-09-01'], [7, '2023-01-01']]);
  });
  afterAll(() => t.close());

  it('averages first and current levels and gains per technology, and gains per project', async () => {
    const response = await t.graphql(query, { filter: { fromYear: 2021, toYear: 2021, statuses: ['COMPLETED'] } });
    expect(response.errors).toBeUndefined();
    // Technologies: 3→6 (gain 3), 2→4 (2), 4→7 (3).
    expect(response.data.trlProgression).toEqual({
      technologies: 3,
      averageFirstLevel: 3,
      averageCurrentLevel: 17 / 3,
      averageGain: 8 / 3,
      currentLevels: [{ value: 4, technologies: 1 }, { value: 6, technologies: 1 }, { value: 7, technologies: 1 }],
      gains: [{ value: 2, technologies: 1 }, { value: 3, technologies: 2 }],
      projects: 2,
      // A: (5 − 3) + (4 − 2) = 4 within the project (the 6 came after its end); B: 7 − 4 = 3 by today.
      averageGainPerProject: 3.5,
    });
  });

  it('gives each project the TRL its technologies gained, to those who may see its confidential figures', async () => {
    const admin = await register(t, 'trl-admin@example.org');
    await makePlatformAdmin(t, admin);
    const gained = graphql(`query InsightTrlProject($code: String) { project(code: $code) { code trlGained } }`);
    expect((await t.graphql(gained, { code: 'TRL-A' }, admin.headers)).data.project).toEqual({ code: 'TRL-A', trlGained: 4 });
    expect((await t.graphql(gained, { code: 'TRL-B' }, admin.headers)).data.project).toEqual({ code: 'TRL-B', trlGained: 3 });
    // Not a participant: the project is not even visible (PARTNERS), and the figure never shows.
    expect((await t.graphql(gained, { code: 'TRL-A' })).data.project).toBeNull();
    await t.dataSource.query(`UPDATE project SET visibility = 'PUBLIC' WHERE code = 'TRL-A'`);
    expect((await t.graphql(gained, { code: 'TRL-A' })).data.project).toEqual({ code: 'TRL-A', trlGained: null });
  });

  it('withholds the figures of fewer than three verified owners from the public', async () => {
    await sql(`UPDATE project SET status = 'ACTIVE' WHERE code = 'TRL-B'`);
    const fewer = await t.graphql(query, { filter: { fromYear: 2021, toYear: 2021, statuses: ['COMPLETED'] } });
    expect(fewer.data.trlProgression).toMatchObject({ technologies: 2, averageGain: null, currentLevels: [], projects: 1, averageGainPerProject: null });
  });
});
