import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** docs/queries.graphql: the researcher's operations, preloaded in Apollo Sandbox. Absent file, no preload. */
export function readSandboxDocument(): string | undefined {
  const file = path.resolve(__dirname, '..', 'docs', 'queries.graphql');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
