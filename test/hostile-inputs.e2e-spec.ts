import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isEnumType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { generateSyntheticData, SYNTHETIC_PASSWORD } from '../scripts/synthetic/synthetic.js';
import { makePlatformAdmin, register } from './support/accounts.js';
import { hostileValues, SeededRandom, tamperedCursors } from './support/hostile-values.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Operations in this file stay strings: they are built at run time from the schema, one per root field, to send hostile values.

/**
 * Hostile values for every argument and input field of every Query and Mutation field of schema.gql
 * (types from the schema, so a new operation is covered without editing this file), sent as an
 * anonymous caller, an organisation admin and a platform admin. Any INTERNAL or HTTP 5xx fails, naming
 * the caller, field, argument path and value. Seeded: every run sends the same cases.
 */

const schema = buildSchema(readFileSync(new URL('../schema.gql', import.meta.url), 'utf8'));
const seed = 20260710;
/** Values taken from each pool per leaf and caller; three callers see different picks. */
const perPool = 1;

type Path = (string | number)[];
interface Leaf {
  path: Path;
  type: GraphQLInputType;
}
interface Caller {
  name: string;
  headers: Record<string, string>;
}
interface Failure {
  caller: string;
  operation: string;
  path: string;
  value: string;
  status: number;
  error: string;
}

/** Every argument and, within it, every input field and list element, to a small depth. */
function leavesOf(type: GraphQLInputType, path: Path, depth = 0): Leaf[] {
  const leaves: Leaf[] = [{ path, type }];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [...leaves, ...leavesOf(inner.ofType, [...path, 0], depth + 1)];
  if (isInputObjectType(inner) && depth < 4) {
    for (const field of Object.values(inner.getFields())) leaves.push(...leavesOf(field.type, [...path, field.name], depth + 1));
  }
  return leaves;
}

/** Words of a camelCase name, lower case: `licenseeOrganizationId` -> licensee, organization, id. */
const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');

class Baseline {
  private sequence = 0;

  constructor(
    /** A real id per table, preferring rows of the organisation the member administers. */
    private readonly idsByTable: Map<string, string>,
  ) {}

  /** A real id for an argument named like `projectId` (or `id` inside `UpdateProjectInput`). */
  idFor(name: string, owner: string): string {
    const parts = (name === 'id' || name === 'ids' ? words(owner) : words(name)).filter((word) => !['id', 'ids', 'input'].includes(word));
    for (let start = 0; start < parts.length; start++) {
      const id = this.idsByTable.get(parts.slice(start).join('_'));
      if (id) return id;
    }
    return '6f1c2b9e-8a31-4c57-9d2e-0b7f3a4c5d6e';
  }

  /** A plausible value for a type, from its name where the type says little (String, ID). */
  value(type: GraphQLInputType, name: string, owner: string): unknown {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return [this.value(inner.ofType, name, owner)];
    if (isInputObjectType(inner)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = this.value(field.type, field.name, inner.name);
      }
      return object;
    }
    if (isEnumType(inner)) return inner.getValues()[0].name;
    if (!isScalarType(inner)) return null;
    const n = ++this.sequence;
    switch (inner.name) {
      case 'Int':
        return /trl|level/i.test(name) ? 4 : /year/i.test(name) ? 2024 : /first|limit/i.test(name) ? 5 : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'ID':
        return this.idFor(name, owner);
      case 'DateTime':
        return new Date(Date.UTC(2026, 0, 15)).toISOString();
      case 'Date':
        return '2026-01-15';
      default:
        if (/email/i.test(name)) return `hostile-${n}@example.org`;
        if (/password/i.test(name)) return 'correct horse battery staple';
        if (/(Date|On|From|Until|Since)$|^(since|until|from|to|date)$/.test(name)) return '2026-01-15';
        if (/(amount|budget|price|share|fee|rate|value|cost|min|max)$/i.test(name)) return '10';
        if (/currency/i.test(name)) return 'VND';
        if (/(website|url|link)$/i.test(name)) return 'https://example.org';
        if (/country/i.test(name)) return 'VN';
        if (/^code$/i.test(name)) return `HOSTILE-${n}`;
        if (/slug/i.test(name)) return `hostile-${n}`;
        return `Hostile sample text ${n}`;
    }
  }
}

/** A copy of `args` with `value` at `path`, making the parents it needs from the baseline. */
function withValueAt(args: Record<string, unknown>, field: GraphQLField<unknown, unknown>, path: Path, value: unknown, baseline: Baseline): Record<string, unknown> {
  const copy = structuredClone(args);
  let container: Record<string | number, unknown> = copy;
  let type: GraphQLInputType = field.args.find((arg) => arg.name === path[0])!.type;
  let owner = field.name;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (container[key] === undefined || container[key] === null) container[key] = baseline.value(type, String(key), owner);
    container = container[key] as Record<string | number, unknown>;
    const inner = isNonNullType(type) ? type.ofType : type;
    const next = path[i + 1];
    if (isListType(inner)) type = inner.ofType;
    else if (isInputObjectType(inner)) {
      owner = inner.name;
      type = inner.getFields()[next as string].type;
    }
  }
  container[path.at(-1)!] = value;
  return copy;
}

function documentOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, present: GraphQLArgument[], selection?: string): string {
  const definitions = present.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const uses = present.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const leaf = isLeafType(getNamedType(field.type));
  return `${operation} Hostile${definitions ? `(${definitions})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${leaf ? '' : ` { ${selection ?? '__typename'} }`} }`;
}

/** One line per failure, readable in the test's report. */
const report = (failures: Failure[]) => failures.map((f) => `${f.caller}: ${f.operation} ${f.path} = ${f.value} -> HTTP ${f.status} ${f.error}`);

const describeValue = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

describe('hostile inputs', () => {
  let t: TestApp;
  let callers: Caller[];
  let baseline: Baseline;
  const failures: Failure[] = [];
  let sent = 0;

  beforeAll(async () => {
    t = await startTestApp();
    await generateSyntheticData(t.dataSource, { scale: 0.01, seed: 3 });
    const [admin] = await t.dataSource.query(
      `SELECT u.email, m.organization_id FROM membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.role = 'ADMIN' AND m.status = 'ACTIVE' ORDER BY u.email LIMIT 1`,
    );
    const login = await t.graphql(`mutation($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } } }`, {
      input: { email: admin.email, password: SYNTHETIC_PASSWORD },
    });
    const platformAdmin = await register(t, 'hostile-platform-admin@example.org');
    await makePlatformAdmin(t, platformAdmin);
    callers = [
      { name: 'anonymous', headers: {} },
      { name: 'organisation admin', headers: { authorization: `Bearer ${login.data.login.accessToken}` } },
      { name: 'platform admin', headers: platformAdmin.headers },
    ];

    const tables: { table_name: string; has_organization: boolean }[] = await t.dataSource.query(
      `SELECT c.table_name, bool_or(o.column_name IS NOT NULL) AS has_organization
         FROM information_schema.columns c
         LEFT JOIN information_schema.columns o ON o.table_schema = c.table_schema AND o.table_name = c.table_name AND o.column_name = 'organization_id'
        WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid' GROUP BY c.table_name`,
    );
    const idsByTable = new Map<string, string>();
    for (const { table_name: table, has_organization: hasOrganization } of tables) {
      const preference = hasOrganization ? `(organization_id = $1) DESC,` : '';
      const [row] = await t.dataSource.query(`SELECT id FROM ${table} ORDER BY ${preference} id LIMIT 1`, hasOrganization ? [admin.organization_id] : []);
      if (row) idsByTable.set(table, row.id);
    }
    idsByTable.set('organization', admin.organization_id);
    baseline = new Baseline(idsByTable);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const send = async (caller: Caller, operation: string, document: string, variables: Record<string, unknown>, path: string, value: unknown) => {
    sent += 1;
    const response = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: document, variables }, headers: caller.headers });
    const body = response.json() as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    const broken = (body.errors ?? []).find((error) => !error.extensions?.code || error.extensions.code === 'INTERNAL');
    if (response.statusCode >= 500 || broken) {
      failures.push({ caller: caller.name, operation, path, value: describeValue(value), status: response.statusCode, error: broken ? `${broken.extensions?.code}: ${broken.message}` : '' });
    }
    return body;
  };

  /** The cursor of the first item a list field returns with baseline arguments, if it is a connection. */
  const realCursor = async (caller: Caller, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): Promise<string | undefined> => {
    const type = getNamedType(field.type);
    if (!isObjectType(type) || !type.getFields().edges) return undefined;
    const present = field.args.filter((arg) => args[arg.name] !== undefined);
    const body = await send(caller, field.name, documentOf('query', field, present, 'edges { cursor }'), args, 'baseline', args);
    return (body.data as Record<string, { edges?: { cursor: string }[] } | null> | undefined)?.[field.name]?.edges?.[0]?.cursor;
  };

  const exercise = async (operation: 'query' | 'mutation', root: GraphQLObjectType) => {
    for (const field of Object.values(root.getFields())) {
      for (const [index, caller] of callers.entries()) {
        const random = new SeededRandom(seed + index * 7919 + field.name.length * 104729 + field.name.charCodeAt(0));
        const args: Record<string, unknown> = {};
        for (const arg of field.args) {
          if (isNonNullType(arg.type) && arg.defaultValue === undefined) args[arg.name] = baseline.value(arg.type, arg.name, field.name);
        }
        const cursor = operation === 'query' && field.args.some((arg) => arg.name === 'after') ? await realCursor(caller, field, { ...args, first: 1 }) : undefined;
        for (const arg of field.args) {
          for (const leaf of leavesOf(arg.type, [arg.name])) {
            const name = String(leaf.path.findLast((part) => typeof part === 'string'));
            for (const value of hostileValues(leaf.type, { random, name, realCursor: cursor, perPool })) {
              const variables = withValueAt(args, field, leaf.path, value, baseline);
              const present = field.args.filter((candidate) => variables[candidate.name] !== undefined);
              await send(caller, `${operation} ${field.name}`, documentOf(operation, field, present), variables, leaf.path.join('.'), value);
            }
          }
        }
      }
    }
  };

  it('no argument or input field of any query ends in INTERNAL or HTTP 5xx', async () => {
    const started = Date.now();
    await exercise('query', schema.getQueryType()!);
    console.info(`hostile inputs: ${sent} query cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(report(failures.splice(0))).toEqual([]);
  }, 300_000);

  it('no argument or input field of any mutation ends in INTERNAL or HTTP 5xx', async () => {
    const started = Date.now();
    const before = sent;
    await exercise('mutation', schema.getMutationType()!);
    console.info(`hostile inputs: ${sent - before} mutation cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(report(failures.splice(0))).toEqual([]);
  }, 300_000);

  it('strings that PostgreSQL cannot store are refused as BAD_USER_INPUT naming the field, also when written into the query', async () => {
    const response = await t.graphql(`{ organizations(filter: {search: "a\\u0000b"}) { totalCount } }`);
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const variables = await t.graphql(`query($filter: OrganizationFilter) { organizations(filter: $filter) { totalCount } }`, { filter: { search: 'x\ud800' } });
    expect(variables.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('no plain HTTP route answers a hostile query string with a 5xx', async () => {
    const routes = t.app
      .getHttpAdapter()
      .getInstance()
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .map((line) => /(\/[^\s(]*) \(([^)]*)\)/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null && match[2].includes('GET') && !match[1].includes('*') && !match[1].startsWith('/graphi'))
      .map((match) => match[1]);
    expect(routes).toEqual(expect.arrayContaining(['/charts/helix-triangle.svg', '/reports/icf-self-assessment.csv', '/health/live']));
    const filter = schema.getType('CollaborationFilter');
    const parameters = [...(isInputObjectType(filter) ? Object.keys(filter.getFields()) : []), 'first', 'unknown'];
    const random = new SeededRandom(seed);
    const values = [
      '%00',
      'a%00b',
      '%ED%A0%80',
      '%FF',
      '%',
      '2026-W05',
      '-100000',
      '1e400',
      '999999999999999999999',
      '0',
      '-1',
      '1.5',
      'not-a-uuid',
      random.uuid(),
      '%20%20%20',
      'x'.repeat(3000),
      ...tamperedCursors(undefined, random).slice(0, 2),
    ];
    const httpFailures: string[] = [];
    let httpCases = 0;
    for (const route of routes) {
      for (const parameter of parameters) {
        for (const value of random.pick(values, 8)) {
          for (const query of [`${parameter}=${value}`, `${parameter}=${value}&${parameter}=1`]) {
            httpCases += 1;
            const response = await t.app.inject({ method: 'GET', url: `${route}?${query}` });
            if (response.statusCode >= 500) httpFailures.push(`GET ${route}?${query.slice(0, 80)} -> ${response.statusCode} ${response.body.slice(0, 120)}`);
          }
        }
      }
    }
    console.info(`hostile inputs: ${routes.length} plain HTTP routes, ${httpCases} query strings`);
    expect(httpFailures).toEqual([]);
  });
});
