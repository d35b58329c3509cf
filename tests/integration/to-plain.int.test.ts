import type { GraphDatabase } from '../../src/db/neo4j';
import { connectTestDatabase } from '../utils/graph';

/**
 * Values as Neo4j sends them become plain JSON values (src/db/neo4j.ts toPlain, which converts the driver's lists and
 * maps in place): integers, dates, date-times, nodes, nulls, at any depth of lists and maps.
 */
describe('driver values as plain values', () => {
  let db: GraphDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('converts integers, temporal values and nodes at every depth, keeping text as sent', async () => {
    const [row] = await db.read({
      cypher: `WITH {id: 'x', name: 'Tỉnh ủy Lạng Sơn', n: 42} AS props
RETURN 7 AS int, 9007199254740993 AS huge, 1.5 AS float, null AS nothing, 'Nghị quyết' AS text, date('2024-08-08') AS day,
  localdatetime('2024-08-08T07:30:00') AS at,
  [1, [2, [date('2023-01-02'), null]], {k: 3, nested: [{deep: 4}]}] AS nestedList,
  {a: 1, b: {c: [5, 'ư'], d: date('2022-12-31')}, e: null} AS nestedMap,
  [x IN range(1, 3) | {i: x, label: 'mục ' + toString(x)}] AS items`,
      params: {},
    });
    expect(row).toEqual({
      int: 7,
      huge: '9007199254740993',
      float: 1.5,
      nothing: null,
      text: 'Nghị quyết',
      day: '2024-08-08',
      at: '2024-08-08T07:30:00',
      nestedList: [1, [2, ['2023-01-02', null]], { k: 3, nested: [{ deep: 4 }] }],
      nestedMap: { a: 1, b: { c: [5, 'ư'], d: '2022-12-31' }, e: null },
      items: [
        { i: 1, label: 'mục 1' },
        { i: 2, label: 'mục 2' },
        { i: 3, label: 'mục 3' },
      ],
    });
    // Plain JSON through and through: nothing of the driver's types is left.
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });

  it('gives a node as its properties, converted', async () => {
    const [written] = await db.write<{ n: unknown }>({
      cypher: "CREATE (n:ToPlainProbe {count: 3, on: date('2024-02-05'), tags: ['a', 'b'], name: 'Đảng ủy Khối'}) RETURN n",
      params: {},
    });
    await db.write({ cypher: 'MATCH (n:ToPlainProbe) DETACH DELETE n', params: {} });
    expect(written!.n).toEqual({ count: 3, on: '2024-02-05', tags: ['a', 'b'], name: 'Đảng ủy Khối' });
  });
});
