import type { DataSource } from 'typeorm';

/**
 * Inserts `count` sample organisations (labelled as sample data): ten roots, the rest children of
 * those roots, names repeating every 40 rows so that ordering must break ties by id.
 */
export async function insertSampleOrganizations(dataSource: DataSource, count: number): Promise<void> {
  // Hundreds of rows with chosen creation times in two statements: the API would take a request each and stamp them all now.
  await dataSource.query(
    `INSERT INTO organization (slug, name, helix, kind, country, description, created_at)
     SELECT 'sample-root-' || i, 'Sample root ' || i, 'INDUSTRY', 'PRIVATE_COMPANY', 'VN', 'Sample data', now() - i * interval '1 second'
       FROM generate_series(1, 10) AS i`,
  );
  await dataSource.query(
    `INSERT INTO organization (slug, name, helix, kind, country, parent_id, description, verified, created_at)
     SELECT 'sample-' || i, 'Sample company ' || (i % 40), (ARRAY['INDUSTRY', 'ACADEMIA', 'GOVERNMENT'])[1 + i % 3], 'STARTUP', 'VN',
            (SELECT id FROM organization WHERE slug = 'sample-root-' || (1 + i % 10)), 'Sample data', i % 2 = 0,
            now() - (i % 25) * interval '1 minute'
       FROM generate_series(1, $1::int - 10) AS i`,
    [count],
  );
}
