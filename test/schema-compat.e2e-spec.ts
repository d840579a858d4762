import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The schema compatibility check (dist/scripts/schema-compat.js) on copies of schema.gql. */
describe('schema compatibility check', () => {
  let dir: string;
  let schema: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'schema-compat-'));
    schema = await readFile('schema.gql', 'utf8');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function check(text: string, allowed: unknown[]): Promise<{ code: number; output: string }> {
    const schemaFile = join(dir, 'schema.gql');
    const allowFile = join(dir, 'allowed.json');
    await writeFile(schemaFile, text);
    await writeFile(allowFile, JSON.stringify(allowed));
    const args = ['dist/scripts/schema-compat.js', '--schema', schemaFile, '--baseline', 'schema/released.gql', '--allow', allowFile];
    try {
      const { stdout, stderr } = await run(process.execPath, args);
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  }

  it('passes on the committed schema with the committed allow-list', async () => {
    const committed = JSON.parse(await readFile('schema/allowed-breaks.json', 'utf8')) as unknown[];
    expect(await check(schema, committed)).toMatchObject({ code: 0 });
  });

  it('fails on a break the allow-list does not name, and passes once it is listed with its reason', async () => {
    const committed = JSON.parse(await readFile('schema/allowed-breaks.json', 'utf8')) as unknown[];
    // Organization.name made nullable: clients relying on it being there would break.
    const nullable = schema.replace(/(type Organization [^{]*\{[\s\S]*?\n {2}name: )String!/, '$1String');
    expect(nullable).not.toBe(schema);
    const unlisted = await check(nullable, committed);
    expect(unlisted.code).toBe(1);
    expect(unlisted.output).toContain('Organization.name changed type from String! to String.');
    const listed = await check(nullable, [...committed, { change: 'Organization.name', reason: 'Names may be withheld.', announcedIn: '0.3.0' }]);
    expect(listed).toMatchObject({ code: 0 });
  });

  it('refuses an allow-list entry without its reason or announcing version', async () => {
    const failed = await check(schema, [{ change: 'Organization.name' }]);
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('"reason" is missing');
  });
});
