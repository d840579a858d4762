import { register, type Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const createProject = graphql(`mutation MoneyRulesCreateProject($input: CreateProjectInput!) { createProject(input: $input) {
  __typename ... on Project { id budget { amount currency } } ... on ErrorResult { code field } } }`);

describe('money: ISO 4217 currencies with their minor units', () => {
  let t: TestApp;
  let editor: Account;
  let coordinatorId: string;
  let codes = 0;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await register(t, 'money-rules@example.org');
    const created = await t.graphql(
      graphql(`mutation MoneyRulesCreateOrganization { createOrganization(input: { name: "Công ty Mẫu", helix: INDUSTRY, kind: PRIVATE_COMPANY, country: "VN" }) { ... on Organization { id } } }`),
      {},
      editor.headers,
    );
    coordinatorId = created.data.createOrganization.id;
  });
  afterAll(() => t.close());

  const project = (budget: { amount: string; currency?: string }) =>
    t.graphql(createProject, { input: { coordinatorId, code: `MONEY-RULE-${++codes}`, title: 'Sample data', budget } }, editor.headers);

  it('keeps amounts with the decimals their currency has, and writes them so', async () => {
    const cases: [{ amount: string; currency: string }, { amount: string; currency: string }][] = [
      [{ amount: '1500000000', currency: 'VND' }, { amount: '1500000000', currency: 'VND' }],
      [{ amount: '12.5', currency: 'EUR' }, { amount: '12.50', currency: 'EUR' }],
      [{ amount: '5000', currency: 'JPY' }, { amount: '5000', currency: 'JPY' }],
      [{ amount: '1000.00', currency: 'KRW' }, { amount: '1000', currency: 'KRW' }],
    ];
    for (const [budget, shown] of cases) {
      const response = await project(budget);
      expect(response.data.createProject).toMatchObject({ __typename: 'Project', budget: shown });
    }
  });

  it.each([
    [{ amount: '5.5', currency: 'JPY' }, 'input.budget.amount', /JPY has no minor unit/],
    [{ amount: '10.50', currency: 'VND' }, 'input.budget.amount', /VND has no minor unit/],
    [{ amount: '100', currency: 'XYZ' }, 'input.budget.currency', /ISO 4217 currency code/],
    [{ amount: '100', currency: 'KWD' }, 'input.budget.currency', /0 or 2 decimals/],
    [{ amount: '100', currency: 'vnd' }, 'input.budget.currency', /ISO 4217 currency code/],
  ])('refuses the budget %j at the edge, naming the field, and writes nothing', async (budget, field, message) => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS count FROM project`);
    const response = await project(budget);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(message);
    expect(await t.dataSource.query(`SELECT count(*)::int AS count FROM project`)).toEqual(before);
  });

  it('refuses an unknown currency for an agreement and a demand’s budget in đồng with cents', async () => {
    const agreement = await t.graphql(
      graphql(`mutation MoneyRulesCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename } }`),
      { input: { code: 'MONEY-AGR', title: 'Sample data', type: 'OPTION', technologyIds: ['00000000-0000-4000-8000-000000000000'], licensorIds: [coordinatorId], licenseeId: coordinatorId, currency: 'XYZ' } },
      editor.headers,
    );
    expect(agreement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currency' });
    const demand = await t.graphql(
      graphql(`mutation MoneyRulesCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename } }`),
      { input: { organizationId: coordinatorId, title: 'Sample data', description: 'Sample data', language: 'VI', budget: { max: '500000000.50' } } },
      editor.headers,
    );
    expect(demand.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budget.max' });
  });

  it('keeps the rule in the database too, whatever writes the row', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM project ORDER BY created_at LIMIT 1`);
    await expect(t.dataSource.query(`UPDATE project SET budget_amount = 5.5, budget_currency = 'JPY' WHERE id = $1`, [id])).rejects.toThrow(/project_money_iso4217/);
    await expect(t.dataSource.query(`UPDATE project SET budget_currency = 'XYZ' WHERE id = $1`, [id])).rejects.toThrow(/project_money_iso4217/);
    await t.dataSource.query(`UPDATE project SET budget_amount = 5.25, budget_currency = 'USD' WHERE id = $1`, [id]);
  });
});
