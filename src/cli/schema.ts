import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaFile } from '../graphql/print-schema';

/** npm run schema — writes the SDL of the served schema to schema/schema.graphql. */
async function main(): Promise<void> {
  const file = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await printSchemaFile());
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
