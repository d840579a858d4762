import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './common/logging/logger.js';
import { onConfiguredDatabase } from './data-source.js';
import { resetEmbeddedDatabase } from './database/database-server.js';
import { seedDemoData } from './demo/seed.js';
import { createPlatformAdmin } from './identity/platform-admin.js';
import type { DataSource } from 'typeorm';

/**
 * The operator's database commands (shipped with the service; development tools such as
 * `seed:synthetic` live in scripts/), against `DATABASE_URL` or the embedded server:
 *   migration:run | migration:revert | migration:show | migration:generate <Name> | seed
 *   admin:create --email E --password P [--name N]
 *   db:reset   (deletes the embedded database, wherever its cluster lives; the next start makes a new one)
 */
const commands: Record<string, (dataSource: DataSource, args: string[]) => Promise<string>> = {
  async 'migration:run'(dataSource) {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'no pending migrations';
  },
  async 'migration:revert'(dataSource) {
    await dataSource.undoLastMigration({ transaction: 'each' });
    return 'reverted the last migration';
  },
  async 'migration:show'(dataSource) {
    const pending = await dataSource.showMigrations();
    return pending ? 'there are pending migrations' : 'the database is up to date';
  },
  async 'migration:generate'(dataSource, [name]) {
    if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new ConfigError('migration:generate needs a name in PascalCase, e.g. AddProjects');
    await dataSource.runMigrations({ transaction: 'each' });
    return generateMigration(dataSource, name);
  },
  async 'admin:create'(dataSource, args) {
    await dataSource.runMigrations({ transaction: 'each' });
    const option = (name: string) => {
      const index = args.indexOf(`--${name}`);
      return index >= 0 ? args[index + 1] : undefined;
    };
    return createPlatformAdmin(dataSource, { email: option('email'), password: option('password'), name: option('name') });
  },
  async seed(dataSource) {
    await dataSource.runMigrations({ transaction: 'each' });
    const report = await seedDemoData(dataSource);
    return `demo data: ${report.created} created, ${report.alreadyPresent} already present`;
  },
};

async function generateMigration(dataSource: DataSource, name: string): Promise<string> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return 'the entities match the database: nothing to generate';
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const statement = (query: { query: string; parameters?: unknown[] }) =>
    `    await queryRunner.query(${JSON.stringify(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(statement).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...sql.downQueries].reverse().map(statement).join('\n')}
  }
}
`;
  const file = path.resolve('migrations', `${timestamp}-${name}.ts`);
  await fs.writeFile(file, source);
  const index = path.resolve('migrations', 'index.ts');
  const listed = (await fs.readFile(index, 'utf8'))
    .replace(/(\nexport const migrations = \[)/, `import { ${className} } from './${timestamp}-${name}.js';\n$1`)
    .replace(/\];\s*$/, `, ${className}];\n`);
  await fs.writeFile(index, listed);
  return `wrote ${path.relative(process.cwd(), file)} and listed it in migrations/index.ts; read it before committing`;
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const run = commands[command ?? ''];
  if (!run && command !== 'db:reset') throw new ConfigError(`unknown command "${command ?? ''}"; use one of ${[...Object.keys(commands), 'db:reset'].join(', ')}`);
  const config = loadConfig();
  const logger = createLogger(config);
  if (!run) {
    // db:reset: unlike the other commands, it must not start the database it deletes.
    logger.info(await resetEmbeddedDatabase(config, logger));
    return;
  }
  logger.info(await onConfiguredDatabase(config, logger, (dataSource) => run(dataSource, args)));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `database command failed: ${(error as Error).message}`);
  process.exit(1);
});
