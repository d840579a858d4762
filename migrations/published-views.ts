import type { QueryRunner } from 'typeorm';

/**
 * A view a domain publishes over its own tables for other domains to read (reports, access, other
 * domains' read models): a read contract, so that the tables behind it can change without breaking
 * its readers. Each is a plain projection of one table, which PostgreSQL inlines into the statements
 * that use it: reading it costs nothing over reading the table.
 *
 * Migrations that ran use these helpers: change what they create only in a new migration.
 */
export interface PublishedView {
  name: string;
  /** What one row is, for the view's comment. */
  row: string;
  /** The table it reads. */
  from: string;
  /** Each column: its name, what it holds, and the expression it is (the table's column of that name when omitted). */
  columns: [name: string, meaning: string, expression?: string][];
}

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Creates the views, each with a comment that says what a row is and what each column holds. */
export async function createPublishedViews(queryRunner: QueryRunner, owner: string, views: PublishedView[]): Promise<void> {
  for (const view of views) {
    await queryRunner.query(`
      CREATE VIEW ${view.name} AS
        SELECT ${view.columns.map(([name, , expression]) => (expression ? `${expression} AS ${name}` : name)).join(', ')}
          FROM ${view.from}`);
    const comment = [
      `Published by ${owner} for other domains to read: ${view.row}`,
      ...view.columns.map(([name, meaning]) => `${name}: ${meaning}`),
    ].join('\n');
    await queryRunner.query(`COMMENT ON VIEW ${view.name} IS ${quoted(comment)}`);
  }
}

export async function dropPublishedViews(queryRunner: QueryRunner, views: PublishedView[]): Promise<void> {
  for (const view of [...views].reverse()) await queryRunner.query(`DROP VIEW ${view.name}`);
}
