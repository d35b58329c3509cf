import { Neo4jError } from 'neo4j-driver';
import { installPlainBoltMaps } from '../../src/db/bolt-maps';
import { installJoinedBoltMessages, joinedBoltMessages } from '../../src/db/bolt-messages';
import { installStacklessStatements } from '../../src/db/driver-stacks';
import { installDriverPatches } from '../../src/db/driver-patches';
import type { GraphDatabase } from '../../src/db/neo4j';
import { connectTestDatabase } from '../utils/graph';

/** What the project changes in neo4j-driver, process-wide: each change is installed on the pinned driver and harmless. */
describe('driver patches', () => {
  let db: GraphDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('installs every patch on the driver this project pins (connect.ts would warn of any it could not)', () => {
    expect(installDriverPatches()).toEqual([]);
  });

  /**
   * Answers larger than one Bolt chunk (64 KiB) come back exactly as sent once the driver's pieces are joined
   * (src/db/bolt-messages.ts): multi-byte Vietnamese text cut at every possible byte offset of a chunk boundary,
   * numbers, nested maps and lists.
   */
  describe('large Bolt messages, joined before decoding', () => {
    it('is installed on the driver this project pins', () => {
      expect(installJoinedBoltMessages()).toEqual({ installed: true });
    });

    it('decodes a 600 KB answer of Vietnamese strings, numbers and maps exactly', async () => {
      // Strings of varying length, so that chunk boundaries fall inside 1-, 2- and 3-byte UTF-8 sequences.
      const words = ['Nghị quyết', 'Chỉ thị 30-CT/TW', 'Ban Thường vụ Tỉnh ủy', 'Đảng ủy Khối', 'ư', 'ạ', 'x', '“trích dẫn”', '𝔸'];
      const items = Array.from({ length: 6000 }, (_, i) => ({
        id: `item-${i}`,
        text: words.slice(0, 1 + (i % words.length)).join(' ').repeat(1 + (i % 3)),
        value: i / 7,
        tags: [words[i % words.length]!, String(i)],
      }));
      const before = joinedBoltMessages();
      const rows = await db.read<{ items: typeof items; total: number }>({
        cypher: 'RETURN [x IN $items | x {.id, .text, .value, .tags}] AS items, size($items) AS total',
        params: { items },
      });
      expect(joinedBoltMessages()).toBeGreaterThan(before);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.total).toBe(items.length);
      expect(rows[0]!.items).toEqual(items);
    });

    it('leaves single-chunk answers as they were', async () => {
      const rows = await db.read<{ s: string }>({ cypher: 'RETURN $s AS s', params: { s: 'Tỉnh ủy Hà Tĩnh' } });
      expect(rows).toEqual([{ s: 'Tỉnh ủy Hà Tĩnh' }]);
    });
  });

  /**
   * Statements skip the caller's stack trace neo4j-driver captures for each (src/db/driver-stacks.ts): failures keep
   * Neo4j's code and message, the process's stack-trace limit is left as it was, and answers are unchanged.
   */
  describe('statements without the caller stack', () => {
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

  /**
   * Decoded maps are built by assignment (src/db/bolt-maps.ts): the same own properties as the driver's defineProperty
   * gives them, including keys that name Object.prototype's members; `__proto__` stays an own key, never the prototype.
   */
  describe('decoded maps built by assignment', () => {
    it('is installed on the driver this project pins', () => {
      expect(installPlainBoltMaps()).toEqual({ installed: true });
    });

    it('gives every key, whatever its name, as an own enumerable writable property, and never sets a prototype', async () => {
      const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '0', '12', 'tên cơ quan', '', 'id'];
      const [row] = await db.read<{ m: Record<string, unknown>; nested: Array<Record<string, unknown>> }>({
        cypher: 'RETURN $m AS m, [x IN range(1, 3) | {`__proto__`: {polluted: true}, n: x}] AS nested',
        params: { m: Object.fromEntries(keys.map((k, i) => [k, i === 0 ? { polluted: true } : `giá trị ${i}`])) },
      });
      const m = row!.m;
      expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
      expect((m as { polluted?: unknown }).polluted).toBeUndefined();
      expect(Object.keys(m).sort()).toEqual([...keys].sort());
      keys.forEach((k, i) => {
        expect(Object.getOwnPropertyDescriptor(m, k)).toEqual({
          value: i === 0 ? { polluted: true } : `giá trị ${i}`,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      });
      for (const [i, item] of row!.nested.entries()) {
        expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
        expect(Object.getOwnPropertyDescriptor(item, '__proto__')?.value).toEqual({ polluted: true });
        expect(item.n).toBe(i + 1);
      }
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });
  });
});
