import { spawnSync } from 'node:child_process';
import path from 'node:path';

const entry = path.resolve(__dirname, '..', '..', 'dist', 'index.js');

/** The built server (npm test builds first), started as a user would, with one bad variable. */
function startWith(env: Record<string, string>) {
  return spawnSync(process.execPath, [entry], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('starting the server with a bad configuration', () => {
  it('exits 1 naming the variable and what is allowed, before touching Neo4j', () => {
    const result = startWith({ PORT: 'four-thousand' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain('PORT="four-thousand": must be a whole number from 0 to 65535');
  });

  it('rejects a NEO4J_URI that is not a Bolt URI', () => {
    const result = startWith({ NEO4J_URI: 'localhost:7687' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('NEO4J_URI="localhost:7687": must be a Bolt URI');
  });
});
