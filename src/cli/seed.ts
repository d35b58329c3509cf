import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { runMigrations } from '../db/migrations';
import { createLogger } from '../logger';
import { seedDatabase } from '../services/seed-service';

/** npm run seed — loads seeds/ into the configured database (starting the local Neo4j when NEO4J_URI is unset). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { db } = await connectDatabase({ config, logger });
  try {
    await runMigrations(db);
    const report = await seedDatabase({ db, logger });
    process.stdout.write(
      `seeded ${report.files} article(s): nodes ${report.before.nodes} → ${report.after.nodes}, relationships ${report.before.relationships} → ${report.after.relationships}\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
