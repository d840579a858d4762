import fc from 'fast-check';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/**
 * Triple Helix synergy through the API, on projects written straight into the database so that the
 * helix combinations are exactly known. Each scenario uses its own years, and filters by them.
 */

const synergyQuery = graphql(`query InsightSynergyTripleHelixSynergy($filter: CollaborationFilter) { tripleHelixSynergy(filter: $filter) {
  projects tripleHelixProjects tripleHelixShare tripleHelix academiaIndustry academiaGovernment industryGovernment quadrupleHelix
  entropies { helices bits }
  combinations { academia industry government civilSociety projects }
  byYear { year projects tripleHelix combinations { academia industry government civilSociety projects } }
} }`);

type Letter = 'u' | 'i' | 'g' | 'c';

/** A plain reference: entropy of the tuples of `letters` over the projects, straight from the definition. */
function referenceEntropy(projects: Set<Letter>[], letters: Letter[]): number {
  const counts = new Map<string, number>();
  for (const project of projects) {
    const key = letters.map((letter) => (project.has(letter) ? '1' : '0')).join('');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let h = 0;
  for (const count of counts.values()) h -= (count / projects.length) * Math.log2(count / projects.length);
  return h;
}

function referenceT(projects: Set<Letter>[], letters: Letter[]): number {
  const H = (...subset: Letter[]) => referenceEntropy(projects, subset);
  if (letters.length === 2) return H(letters[0]) + H(letters[1]) - H(...letters);
  if (letters.length === 3) {
    const [a, b, c] = letters;
    return H(a) + H(b) + H(c) - H(a, b) - H(b, c) - H(a, c) + H(a, b, c);
  }
  const [a, b, c, d] = letters;
  return (
    H(a) + H(b) + H(c) + H(d) -
    (H(a, b) + H(a, c) + H(a, d) + H(b, c) + H(b, d) + H(c, d)) +
    (H(a, b, c) + H(a, b, d) + H(a, c, d) + H(b, c, d)) -
    H(a, b, c, d)
  );
}

describe('tripleHelixSynergy', () => {
  let t: TestApp;
  let creator: string;
  /** One organisation per helix letter, and a hybrid: industry owned by the state. */
  const organizations = {} as Record<Letter | 'hybrid', string>;
  let programmeId: string;
  let projectNumber = 0;

  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);

  /** A project starting in `year` in which organisations of exactly `letters` take part. */
  async function project(year: number, letters: Iterable<Letter | 'hybrid'>, extra: { status?: string; programme?: boolean } = {}): Promise<void> {
    // Projects started in past years and active at once, which the API does not make: the figure is about them.
    const code = `SYNERGY-${++projectNumber}`;
    const [row] = await sql(
      `INSERT INTO project (code, title, status, start_date, created_by, programme_id) VALUES ($1, 'Sample project', $2, make_date($3, 6, 1), $4, $5) RETURNING id`,
      [code, extra.status ?? 'ACTIVE', year, creator, extra.programme ? programmeId : null],
    );
    for (const letter of letters) {
      await sql(`INSERT INTO project_participant (project_id, organization_id, role, status) VALUES ($1, $2, 'PARTNER', 'ACTIVE')`, [row.id, organizations[letter]]);
    }
  }

  const synergy = async (filter: Record<string, unknown>) => {
    const response = await t.graphql(synergyQuery, { filter });
    expect(response.errors).toBeUndefined();
    return response.data.tripleHelixSynergy;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: creator }] = await sql(`INSERT INTO user_account (email, display_name, password_hash) VALUES ('synergy@example.org', 'Sample person', 'x') RETURNING id`);
    const make = async (slug: string, helix: string, kind: string, province: string | null, secondary: string[] = []) =>
      (
        await sql(
          `INSERT INTO organization (slug, name, helix, secondary_helices, kind, country, province, description) VALUES ($1, $1, $2, $3, $4, 'VN', $5, 'Sample data') RETURNING id`,
          [slug, helix, secondary, kind, province],
        )
      )[0].id as string;
    organizations.u = await make('sample-university', 'ACADEMIA', 'UNIVERSITY', 'Bình Dương');
    organizations.i = await make('sample-company', 'INDUSTRY', 'PRIVATE_COMPANY', 'Đồng Nai');
    organizations.g = await make('sample-department', 'GOVERNMENT', 'GOVERNMENT_DEPARTMENT', 'Đồng Nai');
    organizations.c = await make('sample-network', 'CIVIL_SOCIETY', 'NGO', null);
    organizations.hybrid = await make('sample-state-company', 'INDUSTRY', 'STATE_OWNED_ENTERPRISE', null, ['GOVERNMENT']);
    [{ id: programmeId }] = await sql(`INSERT INTO programme (code, name) VALUES ('SAMPLE-PROGRAMME', 'Sample programme') RETURNING id`);
  });
  afterAll(() => t.close());

  it('reproduces the worked example, and its figure can be recomputed from the counts it returns', async () => {
    // u+i+g ×2, u+i ×2, u+g, i+g, u, g: T(uig) = 0.003229 bits by hand (see src/insight/synergy.spec.ts).
    const year = 2001;
    for (const letters of ['uig', 'uig', 'ui', 'ui', 'ug', 'ig', 'u', 'g']) await project(year, letters as Iterable<Letter>);
    const figures = await synergy({ fromYear: year, toYear: year });
    expect(figures.projects).toBe(8);
    expect(figures.tripleHelixProjects).toBe(2);
    expect(figures.tripleHelixShare).toBe(0.25);
    expect(figures.tripleHelix).toBeCloseTo(0.003229, 6);
    expect(figures.academiaIndustry).toBeCloseTo(0.015712, 6);

    // A reader's recomputation from the returned combinations alone.
    const expanded: Set<Letter>[] = figures.combinations.flatMap((combination: Record<string, boolean | number>) => {
      const letters = new Set<Letter>();
      if (combination.academia) letters.add('u');
      if (combination.industry) letters.add('i');
      if (combination.government) letters.add('g');
      if (combination.civilSociety) letters.add('c');
      return Array.from({ length: combination.projects as number }, () => letters);
    });
    expect(expanded).toHaveLength(8);
    expect(figures.tripleHelix).toBeCloseTo(referenceT(expanded, ['u', 'i', 'g']), 12);
    expect(figures.entropies.find((e) => e.helices.join() === 'ACADEMIA,INDUSTRY,GOVERNMENT')?.bits).toBeCloseTo(2.5, 12);
    expect(figures.byYear).toEqual([expect.objectContaining({ year, projects: 8 })]);
  });

  it('gives T = 0 when the helices take part independently', async () => {
    // Every combination of the three helices equally often.
    const year = 2002;
    for (let mask = 0; mask < 8; mask++) {
      const letters = (['u', 'i', 'g'] as Letter[]).filter((_, bit) => mask & (1 << bit));
      // A project needs somebody: civil society stands in for "none of the three".
      for (let copy = 0; copy < 3; copy++) await project(year, letters.length ? letters : ['c']);
    }
    const figures = await synergy({ fromYear: year, toYear: year });
    expect(figures.projects).toBe(24);
    expect(figures.tripleHelix).toBe(0);
    expect(figures.academiaIndustry).toBe(0);
    expect(figures.academiaGovernment).toBe(0);
    expect(figures.industryGovernment).toBe(0);
  });

  it('equals a plain reference computation on random collaborations', async () => {
    let year = 2010;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.subarray(['u', 'i', 'g', 'c'] as Letter[], { minLength: 1 }), { minLength: 1, maxLength: 40 }), async (projects) => {
        year += 1;
        for (const letters of projects) await project(year, letters);
        const figures = await synergy({ fromYear: year, toYear: year });
        const sets = projects.map((letters) => new Set(letters));
        expect(figures.projects).toBe(projects.length);
        expect(figures.tripleHelix).toBeCloseTo(referenceT(sets, ['u', 'i', 'g']), 9);
        expect(figures.academiaIndustry).toBeCloseTo(referenceT(sets, ['u', 'i']), 9);
        expect(figures.academiaGovernment).toBeCloseTo(referenceT(sets, ['u', 'g']), 9);
        expect(figures.industryGovernment).toBeCloseTo(referenceT(sets, ['i', 'g']), 9);
        expect(figures.quadrupleHelix).toBeCloseTo(referenceT(sets, ['u', 'i', 'g', 'c']), 9);
      }),
      { numRuns: 12, seed: 20261125 },
    );
  });

  it('counts hybrids in their secondary helix on request, and filters by status, programme, province and organisation', async () => {
    const year = 2003;
    await project(year, ['u', 'hybrid'], { programme: true });
    await project(year, ['u', 'i', 'g']);
    await project(year, ['u', 'i'], { status: 'DRAFT' });
    await project(year, ['c', 'g'], { status: 'CANCELLED' });

    const primary = await synergy({ fromYear: year, toYear: year });
    expect(primary.projects).toBe(2);
    expect(primary.tripleHelixProjects).toBe(1);
    const hybrid = await synergy({ fromYear: year, toYear: year, helixBasis: 'PRIMARY_AND_SECONDARY' });
    expect(hybrid.tripleHelixProjects).toBe(2);

    expect((await synergy({ fromYear: year, toYear: year, statuses: ['DRAFT', 'CANCELLED'] })).projects).toBe(2);
    expect((await synergy({ fromYear: year, toYear: year, programmeId })).projects).toBe(1);
    expect((await synergy({ fromYear: year, toYear: year, organizationId: organizations.hybrid })).projects).toBe(1);
    // "binh duong" finds the university's province written with its accents.
    expect((await synergy({ fromYear: year, toYear: year, province: 'binh duong' })).projects).toBe(2);
    expect((await synergy({ fromYear: year, toYear: year, province: 'Đồng Nai' })).projects).toBe(1);
  });

  it('reads the database again only once the records behind the figure changed', async () => {
    const year = 2004;
    await project(year, ['u', 'i']);
    expect((await synergy({ fromYear: year, toYear: year })).projects).toBe(1);
    const before = t.statementCount();
    expect((await synergy({ fromYear: year, toYear: year })).projects).toBe(1);
    // Only the revision was read.
    expect(t.statementCount() - before).toBe(1);
    await project(year, ['u', 'g']);
    expect((await synergy({ fromYear: year, toYear: year })).projects).toBe(2);
  });

  it('is public, and refuses a filter it cannot use', async () => {
    const anonymous = await t.graphql(graphql(`query InsightSynergyTripleHelixSynergy2 { tripleHelixSynergy { projects byYear { year } } }`));
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.tripleHelixSynergy.projects).toBeGreaterThan(0);
    const bad = await t.graphql(synergyQuery, { filter: { fromYear: 1200 } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
