import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { printSchemaFile } from '../../src/graphql/print-schema';
import { buildGraphSchema } from '../../src/graphql/schema';

const root = path.resolve(__dirname, '..', '..');

/** The public contract lives beside the repository (shared/), with a copy in docs/ for clones without it. */
function contractSdl(): string {
  const shared = path.resolve(root, '..', 'shared', 'api-contract.graphql');
  return readFileSync(existsSync(shared) ? shared : path.join(root, 'docs', 'api-contract.graphql'), 'utf8');
}

describe('the served schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
    expect(await printSchemaFile()).toBe(committed);
  });

  it('breaks nothing in the public API contract', async () => {
    const contract = buildSchema(contractSdl());
    const served = await buildGraphSchema();
    expect(findBreakingChanges(contract, served)).toEqual([]);
  });

  it('keeps docs/api-contract.graphql identical to the shared contract', () => {
    const shared = path.resolve(root, '..', 'shared', 'api-contract.graphql');
    if (!existsSync(shared)) return;
    expect(readFileSync(path.join(root, 'docs', 'api-contract.graphql'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
