import net from 'node:net';
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../../src/db/neo4j';
import { connectTestDatabase } from '../utils/graph';

/**
 * What GraphDatabase sends to Neo4j and when, watched on the process's sockets: a read sends BEGIN, RUN and PULL before
 * it waits for any answer (one round trip, then COMMIT), where session.executeRead waits for BEGIN's answer first.
 */
describe('round trips to Neo4j', () => {
  let db: GraphDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  /** The socket writes and answers (data events) of Bolt connections while `work` runs, in order. */
  async function watchSockets(work: () => Promise<unknown>): Promise<Array<'write' | 'answer'>> {
    const events: Array<'write' | 'answer'> = [];
    const port = Number(new URL(process.env.TEST_NEO4J_URI!).port);
    const isBolt = (socket: net.Socket) => socket.remotePort === port;
    const { write, emit } = net.Socket.prototype;
    net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]) {
      if (isBolt(this)) events.push('write');
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

  const writesBeforeFirstAnswer = (events: Array<'write' | 'answer'>) => events.indexOf('answer');

  it('sends BEGIN with RUN and PULL on a read, before any answer', async () => {
    await db.read({ cypher: 'RETURN 1 AS one', params: {} }); // a pooled connection, so no handshake is watched
    const events = await watchSockets(async () => {
      expect(await db.read({ cypher: 'RETURN $s AS s', params: { s: 'Tỉnh ủy' } })).toEqual([{ s: 'Tỉnh ủy' }]);
    });
    expect(writesBeforeFirstAnswer(events)).toBeGreaterThanOrEqual(2);
    // BEGIN+RUN+PULL, then COMMIT: two waits for Neo4j, so at most two more writes after the first answer.
    expect(events.filter((e) => e === 'write')).toHaveLength(3);
  });

  it('is one round trip fewer than a session.executeRead, which waits for BEGIN', async () => {
    const events = await watchSockets(() => db.readTransaction((tx) => tx.run('RETURN 1 AS one')));
    expect(writesBeforeFirstAnswer(events)).toBe(1);
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
