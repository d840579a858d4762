import { DataSource } from 'typeorm';
import { migrations } from '../migrations/index.js';
import { dataSourceOptions } from '../src/data-source.js';
import { demoOrganizations } from '../src/demo/demo-organizations.js';
import { seedDemoData } from '../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** A database of the describe block's own, open for its tests, dropped after them. */
function useDatabase(options: { empty?: boolean } = {}): { dataSource: DataSource } {
  const handle = {} as { dataSource: DataSource; database: TestDatabase };
  beforeAll(async () => {
    handle.database = await createTestDatabase(options);
    handle.dataSource = await new DataSource(dataSourceOptions({ url: handle.database.url })).initialize();
  });
  afterAll(async () => {
    await handle.dataSource.destroy();
    await handle.database.drop();
  });
  return handle;
}

describe('migrations', () => {
  const db = useDatabase({ empty: true });

  const tables = async () =>
    (await db.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map(
      (row: { tablename: string }) => row.tablename,
    );
  const extensions = async () =>
    (await db.dataSource.query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname`)).map(
      (row: { extname: string }) => row.extname,
    );

  it('build the schema from an empty database, revert to empty, and build it again', async () => {
    expect(await tables()).toEqual([]);
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toEqual(migrations.map((migration) => migration.name));
    // Every entity's table, and only those (plus TypeORM's own).
    const entityTables = db.dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    expect((await tables()).sort()).toEqual([...entityTables, 'migration'].sort());
    expect(await extensions()).toEqual(['pg_trgm', 'pgcrypto', 'unaccent']);

    for (let i = 0; i < applied.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['migration']);
    expect(await extensions()).toEqual([]);

    expect(await db.dataSource.runMigrations({ transaction: 'each' })).toHaveLength(applied.length);
    expect(await db.dataSource.showMigrations()).toBe(false);
  });

  it('leave nothing for the entities to add: migration:generate would produce no statement', async () => {
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((query) => query.query)).toEqual([]);
  });
});

describe('organisation invariants in the database', () => {
  const db = useDatabase();

  const insert = (values: Record<string, unknown>) => {
    const row = { slug: 'sample-org', name: 'Sample org', helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN', ...values };
    const columns = Object.keys(row);
    // The constraints themselves are under test, so the rows go straight to the database.
    return db.dataSource.query(
      `INSERT INTO organization (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(row),
    );
  };

  it.each([
    ['an unknown helix', { helix: 'MONARCHY' }, 'organization_helix_known'],
    ['the primary helix repeated as secondary', { secondary_helices: ['INDUSTRY'] }, 'organization_secondary_helices_known'],
    ['an unknown secondary helix', { secondary_helices: ['CHURCH'] }, 'organization_secondary_helices_known'],
    ['an unknown kind', { kind: 'CASTLE' }, 'organization_kind_known'],
    ['a lower-case country', { country: 'vn' }, 'organization_country_code'],
    ['a slug with spaces', { slug: 'two words' }, 'organization_slug_format'],
    ['an empty name', { name: '   ' }, 'organization_name_present'],
    ['a website that is not http(s)', { website: 'ftp://example.org' }, 'organization_website_url'],
    ['a parent that does not exist', { parent_id: '00000000-0000-4000-8000-000000000000' }, 'organization_parent_fk'],
  ])('refuses %s', async (_case, values, constraint) => {
    await expect(insert(values)).rejects.toMatchObject({ constraint });
  });

  it('refuses a duplicate slug and an organisation that is its own parent', async () => {
    await insert({ slug: 'sample-unique' });
    await expect(insert({ slug: 'sample-unique' })).rejects.toMatchObject({ constraint: 'organization_slug_key' });
    await expect(
      db.dataSource.query(`UPDATE organization SET parent_id = id WHERE slug = 'sample-unique'`),
    ).rejects.toMatchObject({ constraint: 'organization_not_own_parent' });
  });
});

describe('audit trail in the database', () => {
  const db = useDatabase();

  it('is append-only: rows can be added, never changed, deleted or truncated', async () => {
    // Tests of the database's own rules, written below the API on purpose.
    await db.dataSource.query(`INSERT INTO audit_event (action, entity_type) VALUES ('sample.action', 'sample')`);
    for (const statement of [
      `UPDATE audit_event SET action = 'rewritten'`,
      `DELETE FROM audit_event`,
      `TRUNCATE audit_event`,
    ]) {
      await expect(db.dataSource.query(statement)).rejects.toThrow(/audit_event is append-only/);
    }
    expect(await db.dataSource.query(`SELECT action FROM audit_event`)).toEqual([{ action: 'sample.action' }]);
  });
});

describe('demo data', () => {
  const db = useDatabase();

  const snapshot = () => db.dataSource.query(`SELECT * FROM organization ORDER BY slug`);

  it('loads the real actors with their parents, and a second run changes nothing', async () => {
    expect(await seedDemoData(db.dataSource)).toEqual({ created: demoOrganizations.length, alreadyPresent: 0 });
    const first = await snapshot();
    expect(first).toHaveLength(demoOrganizations.length);

    expect(await seedDemoData(db.dataSource)).toEqual({ created: 0, alreadyPresent: demoOrganizations.length });
    expect(await snapshot()).toEqual(first);

    const parents = await db.dataSource.query(
      `SELECT c.slug, p.slug AS parent FROM organization c JOIN organization p ON p.id = c.parent_id ORDER BY c.slug`,
    );
    expect(parents).toEqual([
      { slug: 'binh-duong-dost', parent: 'binh-duong-peoples-committee' },
      { slug: 'eiu-fablab', parent: 'eiu' },
    ]);
  });

  it('keeps an edited actor as it is', async () => {
    await db.dataSource.query(`UPDATE organization SET description = 'Edited by its admins' WHERE slug = 'eiu'`);
    await seedDemoData(db.dataSource);
    const [eiu] = await db.dataSource.query(`SELECT description FROM organization WHERE slug = 'eiu'`);
    expect(eiu.description).toBe('Edited by its admins');
  });
});
