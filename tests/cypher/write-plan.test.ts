import { buildWritePlan } from '../../src/db/cypher/write-plan';
import type { GraphPlan } from '../../src/domain/graph-plan';

const plan: GraphPlan = {
  source: { id: 'src_1', url: 'https://example.test/a', title: 'Tin', publisher: 'Báo', author: 'A', publishedOn: '2024-08-09', text: 'Câu một. Câu hai.' },
  organizations: [
    { id: 'org_p', name: 'Tỉnh ủy Thử', aliases: ['TU Thử'], province: 'Thử', kind: 'PARTY_COMMITTEE', foundedOn: null, parentId: null, leadsId: null, quotes: [] },
    { id: 'org_c', name: 'Đảng ủy Khối Thử', aliases: [], province: 'Thử', kind: 'PARTY_COMMITTEE', foundedOn: null, parentId: 'org_p', leadsId: null, quotes: ['Câu một.'] },
  ],
  documents: [
    { id: 'doc_1', code: '1-KH/TU', system: 'PARTY', kind: 'PLAN', typeName: 'Kế hoạch', name: 'Kế hoạch số 1-KH/TU', title: null, issuedOn: '2024-01-02', term: null, issuerId: 'org_p', quotes: ['Câu hai.'] },
  ],
  meetings: [],
  persons: [],
  speeches: [],
  implementations: [{ organizationId: 'org_c', documentId: 'doc_1', actions: ['triển khai'], quote: 'Câu hai.' }],
  disseminations: [],
  basedOn: [],
  figures: [],
};

describe('buildWritePlan', () => {
  const queries = buildWritePlan(plan);

  it('writes the source first, then each collection with one UNWIND, skipping empty ones', () => {
    expect(queries.map((q) => q.cypher.split('\n')[0])).toEqual([
      'MERGE (s:Source {id: $source.id})',
      'MATCH (s:Source {id: $sourceId})',
      'UNWIND $links AS l',
      'UNWIND $links AS l',
      'MATCH (s:Source {id: $sourceId})',
      'UNWIND $implementations AS x',
    ]);
  });

  it('merges entities by id only: re-importing matches, never duplicates', () => {
    const all = queries.map((q) => q.cypher).join('\n');
    expect(all).toContain('MERGE (n:Organization {id: o.id})');
    expect(all).toContain('MERGE (n:Document {id: d.id})');
    expect(all).toContain('MERGE (o)-[r:IMPLEMENTS]->(d)');
  });

  it('stores evidence as "sourceId␟quote" entries, added only when new', () => {
    const impl = queries[5]!;
    expect(impl.cypher).toContain('SET r.actions = reduce(acc = coalesce(r.actions, []), item IN x.actions | CASE WHEN item IN acc THEN acc ELSE acc + item END)');
    expect(impl.params).toEqual({
      implementations: [{ organizationId: 'org_c', documentId: 'doc_1', actions: ['triển khai'], quote: 'Câu hai.', evidence: 'src_1\u001fCâu hai.' }],
    });
  });

  it('links a body to its parent and folds names for lookup and search', () => {
    // Its only sentence does not name the parent: the link is written without evidence (structural-links.test.ts).
    expect(queries[2]!.params).toEqual({ links: [{ from: 'org_c', to: 'org_p', evidence: [] }] });
    expect(queries[2]!.cypher).toContain('MERGE (child)-[r:PART_OF]->(parent)\nSET r.evidence = reduce(acc = coalesce(r.evidence, [])');
    const orgs = queries[1]!.params.organizations as Array<Record<string, unknown>>;
    expect(orgs[0]).toMatchObject({ nameKey: 'tinh uy thu', aliasKeys: ['tinh uy thu', 'tu thu'], searchText: 'tinh uy thu tu thu' });
  });

  it('keeps every value in parameters', () => {
    const all = queries.map((q) => q.cypher).join('\n');
    for (const value of ['Tỉnh ủy Thử', '1-KH/TU', 'Câu hai.', 'https://example.test/a']) expect(all).not.toContain(value);
  });
});
