import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The SVG charts: well-formed, titled, with labelled axes, drawn from the same figures as the API. */
describe('insight charts', () => {
  let t: TestApp;

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  /** Every piece of text in the picture, in order. */
  const textsOf = (svg: string): string[] => {
    const texts: string[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'text' || key === 'title') (Array.isArray(value) ? value : [value]).forEach((v) => texts.push(String(typeof v === 'object' ? v['#text'] : v)));
          else visit(value);
        }
      }
    };
    visit(new XMLParser({ ignoreAttributes: false }).parse(svg));
    return texts;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);
    // Projects started in past years and active at once, which the API does not make: the figures are about them.
    const [{ id: creator }] = await sql(`INSERT INTO user_account (email, display_name, password_hash) VALUES ('charts@example.org', 'Sample person', 'x') RETURNING id`);
    const ids: Record<string, string> = {};
    for (const [slug, helix, kind, nameEn] of [
      ['uni', 'ACADEMIA', 'UNIVERSITY', 'Sample University'], ['company', 'INDUSTRY', 'PRIVATE_COMPANY', 'Sample <Company> & Co'], ['city', 'GOVERNMENT', 'MUNICIPALITY', 'Sample City'],
    ]) {
      [{ id: ids[slug] }] = await sql(
        `INSERT INTO organization (slug, name, name_en, helix, kind, country, description) VALUES ($1, $1, $4, $2, $3, 'VN', 'Sample data') RETURNING id`,
        [slug, helix, kind, nameEn],
      );
    }
    const projects: [number, string[]][] = [[2021, ['uni', 'company']], [2021, ['uni', 'company', 'city']], [2022, ['company', 'city']], [2022, ['uni', 'city']], [2023, ['uni', 'company', 'city']]];
    for (const [n, [year, members]] of projects.entries()) {
      const [{ id }] = await sql(`INSERT INTO project (code, title, status, start_date, created_by, visibility) VALUES ($1, 'Sample', 'ACTIVE', make_date($2, 1, 1), $3, 'PUBLIC') RETURNING id`, [`CHART-${n}`, year, creator]);
      for (const slug of members) await sql(`INSERT INTO project_participant (project_id, organization_id, role, status) VALUES ($1, $2, 'PARTNER', 'ACTIVE')`, [id, ids[slug]]);
    }
  });
  afterAll(() => t.close());

  it('draws the helix triangle with the collaboration counts on its edges', async () => {
    const response = await get('/charts/helix-triangle.svg');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const texts = textsOf(response.body);
    expect(texts).toContain('Triple Helix collaboration');
    // Academia–industry: 3 projects (2 with the city); academia–government 3; industry–government 3; all three: 2.
    expect(texts.filter((text) => text === '3 projects')).toHaveLength(3);
    expect(texts).toContain('2 triple-helix projects');
    expect(texts).toContain('of 5 projects');
    expect(texts).toEqual(expect.arrayContaining(['Academia', 'Industry', 'Government']));
  });

  it('draws synergy over time with labelled axes and one point per year', async () => {
    const response = await get('/charts/synergy-trend.svg?fromYear=2021&toYear=2023');
    expect(response.statusCode).toBe(200);
    expect(XMLValidator.validate(response.body)).toBe(true);
    const texts = textsOf(response.body);
    expect(texts).toEqual(expect.arrayContaining(['Triple Helix synergy over time', 'Year (project start)', 'Mutual information, bits', '2021', '2022', '2023']));
    expect(response.body.match(/<circle /g)).toHaveLength(3 * 3);
  });

  it('draws the bridging organisations, escaping their names', async () => {
    const response = await get('/charts/bridging-organizations.svg?first=3');
    expect(response.statusCode).toBe(200);
    expect(XMLValidator.validate(response.body)).toBe(true);
    const texts = textsOf(response.body);
    expect(texts).toEqual(expect.arrayContaining(['Organisations that bridge the helices', 'Organisation', 'Sample <Company> & Co']));
    expect(texts.some((text) => text.startsWith('Cross-helix betweenness'))).toBe(true);
  });

  it('writes its labels in Vietnamese with lang=vi, and refuses a language it does not speak', async () => {
    const trend = await get('/charts/synergy-trend.svg?lang=vi&fromYear=2020');
    expect(trend.statusCode).toBe(200);
    expect(textsOf(trend.body)).toEqual(expect.arrayContaining(['Tính cộng hưởng Ba Nhà theo thời gian', 'Năm (bắt đầu dự án)']));
    const triangle = textsOf((await get('/charts/helix-triangle.svg?lang=vi')).body);
    expect(triangle).toEqual(expect.arrayContaining(['Học thuật', 'Doanh nghiệp', 'Nhà nước']));
    expect(triangle.some((text) => text.startsWith('Mọi năm'))).toBe(true);
    const funnel = textsOf((await get('/charts/commercialisation-funnel.svg?lang=vi')).body);
    expect(funnel).toEqual(expect.arrayContaining(['Phễu thương mại hoá', 'Công bố sáng chế']));
    expect(textsOf((await get('/charts/helix-triangle.svg?lang=en')).body)).toEqual(expect.arrayContaining(['Academia', 'Industry', 'Government']));
    const refused = await get('/charts/helix-triangle.svg?lang=fr');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lang' });
  });

  it('refuses a bad filter with a clear error', async () => {
    const response = await get('/charts/synergy-trend.svg?fromYear=abc');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('fromYear'), field: 'fromYear' } });
  });
});
