import { toSubgraph } from '../../src/db/mappers/records';

/** A deterministic shuffle (the store returns rows in any order). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The order of the API's answers: by from, then to, then type (code-unit order). */
const tuple = (a: { from: string; to: string; type: string }, b: { from: string; to: string; type: string }) =>
  byString(a.from, b.from) || byString(a.to, b.to) || byString(a.type, b.type);

describe('toSubgraph', () => {
  // Ids where one is a prefix of another ("doc_a" / "doc_ab"), so a joined-key order could differ from the tuple order.
  const ids = ['doc_a', 'doc_ab', 'doc_b', 'org_a', 'org_a1', 'mtg_z'];
  const nodeRows = ids.map((id) => [id, id.startsWith('doc') ? 'Document' : id.startsWith('org') ? 'Organization' : 'Meeting', `label ${id}`, null, null]);
  const edgeRows = [
    ['org_a', 'doc_a', 'IMPLEMENTS'],
    ['org_a', 'doc_ab', 'IMPLEMENTS'],
    ['org_a1', 'doc_a', 'IMPLEMENTS'],
    ['doc_ab', 'doc_a', 'BASED_ON'],
    ['doc_a', 'org_a', 'ISSUED_BY'],
    ['doc_a', 'org_a', 'BASED_ON'],
    ['mtg_z', 'doc_ab', 'DISSEMINATED'],
    ['doc_b', 'doc_a', 'BASED_ON'],
  ];

  it('drops duplicate nodes and edges, and edges to nodes it does not have', () => {
    const graph = toSubgraph([...nodeRows, nodeRows[0]], [...edgeRows, edgeRows[0], ['org_a', 'doc_missing', 'IMPLEMENTS']]);
    expect(graph.nodes.map((n) => n.id)).toEqual(ids);
    expect(graph.edges).toHaveLength(edgeRows.length);
    expect(graph.edges.some((e) => e.to === 'doc_missing')).toBe(false);
  });

  it('orders the start node first, then nodes by id, edges by from, to and type, whatever the rows order', () => {
    const expectedEdges = edgeRows.map(([from, to, type]) => ({ from: from!, to: to!, type: type! })).sort(tuple);
    for (const seed of [1, 2, 3, 4, 5]) {
      const graph = toSubgraph(shuffled(nodeRows, seed), shuffled(edgeRows, seed * 7), 'doc_b');
      expect(graph.nodes.map((n) => n.id)).toEqual(['doc_b', 'doc_a', 'doc_ab', 'mtg_z', 'org_a', 'org_a1']);
      expect(graph.edges).toEqual(expectedEdges);
    }
  });

  it('orders and deduplicates a large graph exactly as a sort of (from, to, type) tuples would', () => {
    const types = ['BASED_ON', 'IMPLEMENTS', 'DISSEMINATED', 'ISSUED_BY', 'A', 'Z_LAST', 'PART_OF'];
    const nodeIds = Array.from({ length: 400 }, (_, i) => `${['doc', 'org', 'mtg'][i % 3]}_${(i * 7919).toString(16)}`);
    let s = 17;
    const next = (k: number) => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s % k;
    };
    const edges = Array.from({ length: 3000 }, () => [nodeIds[next(400)]!, nodeIds[next(400)]!, types[next(types.length)]!]);
    const graph = toSubgraph(shuffled(nodeIds.map((id) => [id, 'Document', id, null, null]), 3), [...edges, ...edges.slice(0, 500)], nodeIds[123]);
    const expected = [...new Map(edges.map(([from, to, type]) => [`${from} ${to} ${type}`, { from: from!, to: to!, type: type! }])).values()].sort(tuple);
    expect(graph.edges).toEqual(expected);
    expect(graph.nodes.map((n) => n.id)).toEqual([nodeIds[123], ...[...nodeIds].sort(byString).filter((id) => id !== nodeIds[123])]);
  });
});
