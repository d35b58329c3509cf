import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, isInt, isDate, isDateTime, isLocalDateTime, isNode, Neo4jError } from 'neo4j-driver';
import { installDriverPatches } from './driver-patches';
import { InvalidInputError } from '../domain/errors';
import type { Logger } from 'pino';

/** A Cypher statement with its parameters: values only ever travel in `params`. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Neo4j cannot be reached (stopped, restarting, network down). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The graph database is unavailable; try again shortly.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** A transaction ran past its time limit. */
export class QueryTimeoutError extends Error {
  constructor(cause: unknown) {
    super('The query took too long and was stopped.', { cause });
    this.name = 'QueryTimeoutError';
  }
}

export interface DriverOptions {
  uri: string;
  user: string;
  password: string | undefined;
  connectionTimeoutMs: number;
  /** How long managed transactions retry transient failures; short, so that an outage fails requests quickly. */
  retryMs?: number;
  logger: Logger;
}

/** Creates a driver; auth is basic when a password is set, none otherwise (the local Neo4j runs without auth). */
export function createDriver({ uri, user, password, connectionTimeoutMs, retryMs = 3000, logger }: DriverOptions): Driver {
  return neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
    connectionTimeout: connectionTimeoutMs,
    connectionAcquisitionTimeout: connectionTimeoutMs * 2,
    maxTransactionRetryTime: retryMs,
    maxConnectionPoolSize: 50,
    userAgent: 'vankien-graph',
    logging: {
      level: 'warn',
      logger: (level, message) => logger[level === 'error' ? 'error' : 'warn']({ component: 'neo4j-driver' }, message),
    },
  });
}

/**
 * Converts driver values (Integer, temporal types, nodes, nested lists and maps) into plain JSON-friendly values. Lists
 * and maps are converted in place: they are the driver's freshly decoded values, owned by the caller, and a large answer
 * (a lineage's 2,700 lists) would otherwise be copied whole once more for the garbage collector.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans first: most values are, and large results hold hundreds of thousands of them.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (item === undefined || (item !== null && typeof item === 'object')) value[i] = toPlain(item);
    }
    return value;
  }
  // Decoded maps are plain objects; the driver's own types (Integer, temporal values, Node) are class instances.
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
    if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
    if (isNode(value)) return toPlain(value.properties);
  }
  const map = value as Record<string, unknown>;
  for (const key of Object.keys(map)) {
    const item = map[key];
    if (item === undefined || (item !== null && typeof item === 'object')) map[key] = toPlain(item);
  }
  return map;
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

function translateError(error: unknown): Error {
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Transaction.InvalidBookmark' || error.code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
      return new InvalidInputError(BOOKMARKS_HEADER, 'holds bookmarks this Neo4j does not know: send the ones an earlier answer of this API gave');
    }
    if (unavailableCodes.has(error.code) || error.code.startsWith('Neo.ClientError.Security.AuthorizationExpired')) {
      return new DatabaseUnavailableError(error);
    }
    if (error.code.includes('TransactionTimedOut') || error.code.includes('Transaction.Terminated')) {
      return new QueryTimeoutError(error);
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** What a write created. */
export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

export type QueryListener = (query: CypherQuery & { mode: 'READ' | 'WRITE' }) => void;

export interface GraphDatabaseOptions {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
  /** Shared by every transaction of this GraphDatabase: each waits for the writes the manager has seen. */
  bookmarkManager?: BookmarkManager | undefined;
  /** A view (withBookmarks) tells the listeners of the GraphDatabase it was made from. */
  listeners?: Set<QueryListener>;
}

/** The request header that carries bookmarks in (a client's earlier writes), and the answer header that carries them out. */
export const BOOKMARKS_HEADER = 'x-neo4j-bookmarks';

/** Every transaction's timeout, and the metadata that names the API in Neo4j's query log and `SHOW TRANSACTIONS`. */
const transactionConfig = (timeoutMs: number) => ({ timeout: timeoutMs, metadata: { app: 'vankien-graph' } });

/**
 * The one place that runs Cypher. Reads go through executeRead (one-statement reads by driver.executeQuery, which runs
 * it with BEGIN pipelined) and writes through executeWrite (retried on transient errors, routed in clusters), always
 * against the configured database, with a timeout; results come back as plain values.
 */
export class GraphDatabase {
  readonly driver: Driver;
  readonly database: string;
  readonly bookmarkManager: BookmarkManager | undefined;
  private readonly timeoutMs: number;
  private readonly listeners: Set<QueryListener>;

  constructor({ driver, database, transactionTimeoutMs, bookmarkManager, listeners = new Set() }: GraphDatabaseOptions) {
    // Faster decoding, no per-statement stack trace, BEGIN sent with RUN and PULL (see driver-patches.ts).
    installDriverPatches();
    this.driver = driver;
    this.database = database;
    this.timeoutMs = transactionTimeoutMs;
    this.bookmarkManager = bookmarkManager;
    this.listeners = listeners;
  }

  /**
   * A view of this database (same driver, database, timeout and query listeners) whose transactions share
   * `bookmarkManager`: on a cluster, a read made after a write through the view waits until the member it lands on
   * has that write (read your own writes). One per request; never close a view (it would close the shared driver).
   */
  withBookmarks(bookmarkManager: BookmarkManager): GraphDatabase {
    return new GraphDatabase({ driver: this.driver, database: this.database, transactionTimeoutMs: this.timeoutMs, bookmarkManager, listeners: this.listeners });
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.bookmarkManager ? { bookmarkManager: this.bookmarkManager } : {}),
    });
  }

  /** Registers a listener told of every statement run (used to count queries); returns its remover. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs one read statement and returns its records as plain objects. Through driver.executeQuery: the same managed
   * read transaction as readTransaction (session.executeRead underneath: routed to a reader, retried on transient
   * errors, the request's bookmarks), but the driver sends BEGIN with RUN and PULL instead of waiting for BEGIN's answer
   * first — one round trip to Neo4j less for every statement the API reads.
   */
  async read<T = Record<string, unknown>>(query: CypherQuery): Promise<T[]> {
    for (const listener of this.listeners) listener({ ...query, mode: 'READ' });
    try {
      const { records } = await this.driver.executeQuery(query.cypher, query.params, {
        routing: neo4j.routing.READ,
        database: this.database,
        // null, not the driver's own process-wide manager: without a request's manager a read waits for no bookmark,
        // as readTransaction's sessions do.
        bookmarkManager: this.bookmarkManager ?? null,
        transactionConfig: transactionConfig(this.timeoutMs),
      });
      return records.map((record) => toPlain(record.toObject()) as T);
    } catch (error) {
      throw translateError(error);
    }
  }

  /** Runs one write statement and returns its records as plain objects. */
  async write<T = Record<string, unknown>>(query: CypherQuery): Promise<T[]> {
    return this.writeTransaction((tx) => this.runIn(tx, query, 'WRITE'));
  }

  /** Runs `work` in one read transaction. */
  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work, transactionConfig(this.timeoutMs));
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: all of it is committed, or none. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work, transactionConfig(this.timeoutMs));
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs a statement inside a transaction handed to readTransaction/writeTransaction. */
  async runIn<T = Record<string, unknown>>(tx: ManagedTransaction, query: CypherQuery, mode: 'READ' | 'WRITE'): Promise<T[]> {
    for (const listener of this.listeners) listener({ ...query, mode });
    const result = await tx.run(query.cypher, query.params);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /** Like runIn (its rows, as plain values), but also returns how many nodes and relationships the statement created. */
  async runCounting(tx: ManagedTransaction, query: CypherQuery): Promise<WriteCounts & { rows: Array<Record<string, unknown>> }> {
    for (const listener of this.listeners) listener({ ...query, mode: 'WRITE' });
    const result = await tx.run(query.cypher, query.params);
    const counters = result.summary.counters.updates();
    const rows = result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
    return { nodesCreated: counters.nodesCreated, relationshipsCreated: counters.relationshipsCreated, rows };
  }

  /** Runs a schema statement (constraints, indexes): these need a transaction of their own. */
  async runSchema(cypher: string): Promise<void> {
    await this.writeTransaction(async (tx) => {
      await this.runIn(tx, { cypher, params: {} }, 'WRITE');
    });
  }

  /** True when the database answers a trivial query within `timeoutMs`. */
  async isReachable(timeoutMs: number): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const check = session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs });
      const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref());
      await Promise.race([check, timer]);
      return true;
    } catch {
      return false;
    } finally {
      session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
