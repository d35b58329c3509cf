import net from 'node:net';
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../../src/db/neo4j';
import { connectTestDatabase } from '../utils/graph';

/** Bolt request signatures (the Bolt protocol's, the same in every version this driver speaks). */
const BOLT = { 0x10: 'RUN', 0x11: 'BEGIN', 0x12: 'COMMIT', 0x13: 'ROLLBACK', 0x3f: 'PULL', 0x0f: 'RESET', 0x54: 'TELEMETRY' } as Record<number, string>;

/** The names of the Bolt messages in one socket write: chunks of [size][bytes], a message ending at a 0-size chunk. */
function messagesIn(bytes: Buffer): string[] {
  const names: string[] = [];
  let atMessageStart = true;
  for (let at = 0; at + 2 <= bytes.length; ) {
    const size = bytes.readUInt16BE(at);
    at += 2;
    if (size === 0) {
      atMessageStart = true;
      continue;
    }
    // A message starts with a struct marker (0xB0 + field count), then its signature.
    if (atMessageStart) names.push(BOLT[bytes[at + 1]!] ?? `0x${bytes[at + 1]!.toString(16)}`);
    atMessageStart = false;
    at += size;
  }
  return names;
}

/**
 * What GraphDatabase sends to Neo4j and when, watched on the process's sockets: a read sends BEGIN, RUN and PULL in one
 * write before it waits for any answer (one round trip, then COMMIT), where session.executeRead waits for BEGIN's answer
 * first (bolt-begin.ts, GraphDatabase.read).
 */
describe('round trips to Neo4j', () => {
  let db: GraphDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  /** The socket writes (as the Bolt messages each holds) and the answers of Bolt connections while `work` runs, in order. */
  async function watchSockets(work: () => Promise<unknown>): Promise<Array<string[] | 'answer'>> {
    const events: Array<string[] | 'answer'> = [];
    const port = Number(new URL(process.env.TEST_NEO4J_URI!).port);
    const isBolt = (socket: net.Socket) => socket.remotePort === port;
    const { write, emit } = net.Socket.prototype;
    net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]) {
      if (isBolt(this) && Buffer.isBuffer(args[0])) events.push(messagesIn(args[0]));
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as typeof write;
    net.Socket.prototype.emit = function (this: net.Socket, event: string | symbol, ...args: unknown[]) {
      if (event === 'data' && isBolt(this)) events.push('answer');
      return (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
    } as typeof emit;
    try {
      await work();
    } finally {
      net.Socket.prototype.write = write;
      net.Socket.prototype.emit = emit;
    }
    return events;
  }

  /** The writes before the first answer, and all writes. */
  const writes = (events: Array<string[] | 'answer'>) => {
    const first = events.indexOf('answer');
    const all = events.filter((e): e is string[] => e !== 'answer');
    return { beforeAnswer: events.slice(0, first < 0 ? events.length : first).filter((e): e is string[] => e !== 'answer'), all };
  };

  it('sends BEGIN, RUN and PULL in one write on a read, then COMMIT: one round trip and the commit', async () => {
    await db.read({ cypher: 'RETURN 1 AS one', params: {} }); // a pooled connection, so no handshake is watched
    const events = await watchSockets(async () => {
      expect(await db.read({ cypher: 'RETURN $s AS s', params: { s: 'Tỉnh ủy' } })).toEqual([{ s: 'Tỉnh ủy' }]);
    });
    const { beforeAnswer, all } = writes(events);
    expect(beforeAnswer).toEqual([['BEGIN', 'RUN', 'PULL']]);
    expect(all).toEqual([['BEGIN', 'RUN', 'PULL'], ['COMMIT']]);
  });

  it('still sends BEGIN alone, at once, when the transaction waits for its answer (executeRead, executeWrite)', async () => {
    const read = writes(await watchSockets(() => db.readTransaction((tx) => tx.run('RETURN 1 AS one'))));
    expect(read.beforeAnswer).toEqual([['BEGIN']]);
    expect(read.all).toEqual([['BEGIN'], ['RUN', 'PULL'], ['COMMIT']]);
    const written = writes(await watchSockets(() => db.write({ cypher: 'MERGE (x:RoundTripProbe {id: $id}) RETURN x.id AS id', params: { id: 'begin' } })));
    expect(written.all).toEqual([['BEGIN'], ['RUN', 'PULL'], ['COMMIT']]);
    await db.write({ cypher: 'MATCH (x:RoundTripProbe) DELETE x', params: {} });
  });

  it('rolls back a failed transaction and keeps the connection usable', async () => {
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run('MERGE (x:RoundTripProbe {id: $id})', { id: 'rolled back' });
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    expect(await db.read({ cypher: 'MATCH (x:RoundTripProbe) RETURN count(x) AS n', params: {} })).toEqual([{ n: 0 }]);
  });

  it('starts a read from the bookmarks of its request, so that a read after a write sees it', async () => {
    const bookmarkManager = neo4j.bookmarkManager();
    let asked = 0;
    const getBookmarks = bookmarkManager.getBookmarks.bind(bookmarkManager);
    bookmarkManager.getBookmarks = async () => {
      asked += 1;
      return getBookmarks();
    };
    const requestDb = db.withBookmarks(bookmarkManager);
    await requestDb.write({ cypher: 'MERGE (x:RoundTripProbe {id: $id}) SET x.at = $at', params: { id: 'rt', at: 'một' } });
    expect([...(await getBookmarks())]).toHaveLength(1);
    const before = asked;
    expect(await requestDb.read({ cypher: 'MATCH (x:RoundTripProbe {id: $id}) RETURN x.at AS at', params: { id: 'rt' } })).toEqual([{ at: 'một' }]);
    expect(asked).toBeGreaterThan(before);
    // Without a request's manager a read waits for no bookmark (not the driver's process-wide executeQuery manager).
    const shared = db.driver.executeQueryBookmarkManager;
    const sharedBefore = [...(await shared.getBookmarks())];
    await db.read({ cypher: 'RETURN 1 AS one', params: {} });
    expect([...(await shared.getBookmarks())]).toEqual(sharedBefore);
    await db.write({ cypher: 'MATCH (x:RoundTripProbe) DELETE x', params: {} });
  });

  it('keeps Neo4j code and message on a failed read', async () => {
    await expect(db.read({ cypher: 'RETURN 1 / toInteger($zero) AS x', params: { zero: 0 } })).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ArithmeticError',
      message: expect.stringMatching(/by zero/i),
    });
  });
});
