import { createLogger } from '../src/common/logging/logger.js';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { onConfiguredDatabase } from '../src/data-source.js';
import { runSyntheticSeedCommand } from './synthetic/synthetic.js';

/**
 * `npm run seed:synthetic -- --scale N [--seed S] [--allow-production]`: loads synthetic data (see
 * synthetic/synthetic.ts) into the configured database, migrated first. A development tool: it is
 * not part of the production image.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const report = await onConfiguredDatabase(config, logger, async (dataSource) => {
    await dataSource.runMigrations({ transaction: 'each' });
    return runSyntheticSeedCommand(dataSource, process.argv.slice(2), (message) => console.error(`seed:synthetic: ${message}`));
  });
  logger.info(report);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `seed:synthetic failed: ${(error as Error).message}`);
  process.exit(1);
});
