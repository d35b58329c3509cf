import { Neo4jError } from 'neo4j-driver';
import { installStacklessStatements } from '../../src/db/driver-stacks';
import type { GraphDatabase } from '../../src/db/neo4j';
import { connectTestDatabase } from '../utils/graph';

/**
 * Statements skip the caller's stack trace neo4j-driver captures for each (src/db/driver-stacks.ts): failures keep
 * Neo4j's code and message, the process's stack-trace limit is left as it was, and answers are unchanged.
 */
describe('statements without the caller stack', () => {
  let db: GraphDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('is installed on the driver this project pins', () => {
    expect(installStacklessStatements()).toEqual({ installed: true });
  });

  it('keeps Neo4j code and message on a failure, without the driver-captured caller frames', async () => {
    const limit = Error.stackTraceLimit;
    const failure = await db.read({ cypher: 'RETURN $x + undefinedVariable AS y', params: { x: 1 } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Neo4jError);
    expect((failure as Neo4jError).code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect((failure as Neo4jError).message).toContain('undefinedVariable');
    // The driver replaces a failure's stack with the one captured at tx.run: here, none (it would list "at …" frames).
    expect((failure as Error).stack).not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('restores the stack-trace limit after reads, writes and rollbacks', async () => {
    const limit = Error.stackTraceLimit;
    await expect(db.read({ cypher: 'RETURN $s AS s', params: { s: 'Tỉnh ủy Hà Tĩnh' } })).resolves.toEqual([{ s: 'Tỉnh ủy Hà Tĩnh' }]);
    await db.writeTransaction(async (tx) => db.runIn(tx, { cypher: 'RETURN 1 AS one', params: {} }, 'WRITE'));
    await expect(
      db.writeTransaction(async (tx) => {
        await db.runIn(tx, { cypher: 'RETURN 1 AS one', params: {} }, 'WRITE');
        throw new Error('work failed: rolled back');
      }),
    ).rejects.toThrow('work failed: rolled back');
    expect(Error.stackTraceLimit).toBe(limit);
    // Errors of the process still carry their stack.
    expect(new Error('ours').stack).toMatch(/\n\s+at /);
  });
});
