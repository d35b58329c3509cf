import { installJoinedBoltMessages, joinedBoltMessages } from '../../src/db/bolt-messages';
import type { GraphDatabase } from '../../src/db/neo4j';
import { connectTestDatabase } from '../utils/graph';

/**
 * Answers larger than one Bolt chunk (64 KiB) come back exactly as sent once the driver's pieces are joined
 * (src/db/bolt-messages.ts): multi-byte Vietnamese text cut at every possible byte offset of a chunk boundary, numbers,
 * nested maps and lists.
 */
describe('large Bolt messages, joined before decoding', () => {
  let db: GraphDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

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
