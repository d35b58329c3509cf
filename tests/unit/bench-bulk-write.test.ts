import { addPlan, createBulkRows, foldSearchTexts, type BulkRows } from '../../src/bench/bulk-rows';
import { buildLinkWrites, buildNodeWrites, holdsNode, type WrittenNode } from '../../src/bench/bulk-write';
import { foldedSearchText } from '../../src/bench/search-text';
import { generateBenchPlans } from '../../src/bench/generate';
import { evidenceEntry, type GraphPlan, type PlanOrganization } from '../../src/domain/graph-plan';
import { nameKey } from '../../src/domain/identity';
import { searchTextOf } from '../../src/domain/search-text';
import { planOf } from '../utils/plans';

function organization(o: Partial<PlanOrganization> & { id: string; name: string }): PlanOrganization {
  return { aliases: [], province: null, kind: 'OTHER', foundedOn: null, parentId: null, leadsId: null, quotes: [], ...o };
}

function rowsOf(...plans: GraphPlan[]): BulkRows {
  const rows = createBulkRows();
  for (const p of plans) addPlan(rows, p);
  return rows;
}

describe('the bulk write path of npm run gen', () => {
  describe('flattening a batch of plans into rows', () => {
    it('keeps one row per entity: values set only on creation from the first plan, values filled by coalesce from the first that has one', () => {
      const rows = rowsOf(
        planOf('s1', {
          organizations: [organization({ id: 'o', name: 'Sở Y tế', kind: 'STATE_AGENCY' })],
          documents: [{ id: 'd', code: null, system: null, kind: 'PLAN', typeName: 'Kế hoạch', name: 'Kế hoạch A', title: null, issuedOn: null, term: null, issuerId: null, quotes: [] }],
          persons: [{ id: 'p', name: null, role: 'Giám đốc', organizationId: null, quotes: [] }],
        }),
        planOf('s2', {
          organizations: [organization({ id: 'o', name: 'Sở Y Tế', kind: 'OTHER', province: 'Lạng Sơn' })],
          documents: [{ id: 'd', code: '1/KH-SYT', system: 'STATE', kind: 'OTHER', typeName: 'Kế hoạch', name: 'Kế hoạch B', title: 'về y tế', issuedOn: '2024-01-02', term: null, issuerId: null, quotes: [] }],
          persons: [{ id: 'p', name: 'Lê Văn An', role: 'Phó Giám đốc', organizationId: null, quotes: [] }],
        }),
      );
      expect(rows.organizations.get('o')).toMatchObject({ name: 'Sở Y tế', nameKey: nameKey('Sở Y tế'), kind: 'STATE_AGENCY', province: 'Lạng Sơn' });
      // code and name are set when the document is created only; title and issuedOn are filled in later.
      expect(rows.documents.get('d')).toMatchObject({ code: null, name: 'Kế hoạch A', kind: 'PLAN', title: 'về y tế', issuedOn: '2024-01-02' });
      expect(rows.persons.get('p')).toMatchObject({ name: 'Lê Văn An', role: 'Giám đốc' });
      expect(rows.sources.size).toBe(2);
    });

    it('unions list properties in the order met, each entry once: aliases, alias keys, actions, evidence, quotes', () => {
      const rows = rowsOf(
        planOf('s1', {
          organizations: [organization({ id: 'o', name: 'UBND tỉnh', aliases: ['UBND', 'Ủy ban'], quotes: ['q1'] })],
          implementations: [{ organizationId: 'o', documentId: 'd', actions: ['triển khai', 'quán triệt'], quote: 'q1' }],
        }),
        planOf('s2', {
          organizations: [organization({ id: 'o', name: 'UBND tỉnh', aliases: ['Ủy ban', 'UBT'], quotes: ['q2', 'q2'] })],
          implementations: [{ organizationId: 'o', documentId: 'd', actions: ['quán triệt', 'ban hành'], quote: 'q2' }],
        }),
      );
      const o = rows.organizations.get('o')!;
      expect([...o.aliases]).toEqual(['UBND', 'Ủy ban', 'UBT']);
      expect([...o.aliasKeys]).toEqual(['ubnd tinh', 'ubnd', 'uy ban', 'ubt']);
      const implementation = [...rows.links.IMPLEMENTS.values()];
      expect(implementation).toHaveLength(1);
      expect([...implementation[0]!.lists.actions!]).toEqual(['triển khai', 'quán triệt', 'ban hành']);
      expect([...implementation[0]!.lists.evidence!]).toEqual([evidenceEntry('s1', 'q1'), evidenceEntry('s2', 'q2')]);
      // MENTIONED_IN is one relationship per entity and source.
      expect([...rows.mentions.Organization.values()].map((m) => [m.to, [...m.lists.quotes!]])).toEqual([
        ['s1', ['q1']],
        ['s2', ['q2']],
      ]);
    });

    it('keys a speech by its topic, a speech without one under "" (as writeGraphPlan stores it)', () => {
      const rows = rowsOf(
        planOf('s1', {
          speeches: [
            { personId: 'p', meetingId: 'm', topic: null, quote: 'a' },
            { personId: 'p', meetingId: 'm', topic: 'chỉ đạo', quote: 'b' },
            { personId: 'p', meetingId: 'm', topic: null, quote: 'c' },
          ],
        }),
      );
      expect([...rows.links.SPOKE_AT.values()].map((s) => [s.topic, [...s.lists.evidence!]])).toEqual([
        ['', [evidenceEntry('s1', 'a'), evidenceEntry('s1', 'c')]],
        ['chỉ đạo', [evidenceEntry('s1', 'b')]],
      ]);
    });

    it('gives ISSUED_BY and ORGANIZED_BY the first quote of each plan as evidence, and links nothing an entity does not name', () => {
      const rows = rowsOf(
        planOf('s1', {
          documents: [{ id: 'd', code: null, system: null, kind: 'PLAN', typeName: 'Kế hoạch', name: 'A', title: null, issuedOn: null, term: null, issuerId: 'o', quotes: ['first', 'second'] }],
          meetings: [{ id: 'm', title: 'Hội nghị', date: null, format: null, connectedPoints: null, organizerId: null, quotes: [] }],
        }),
      );
      expect([...rows.links.ISSUED_BY.values()].map((l) => [l.from, l.to, [...l.lists.evidence!]])).toEqual([['d', 'o', [evidenceEntry('s1', 'first')]]]);
      expect(rows.links.ORGANIZED_BY.size).toBe(0);
      expect(rows.mentions.Meeting.size).toBe(0);
    });

    it('counts one row per node and per relationship: what the batch size is measured in', () => {
      const rows = rowsOf(...[...generateBenchPlans({ scale: 0.05 })].slice(0, 20));
      const counted =
        [rows.sources, rows.organizations, rows.documents, rows.meetings, rows.persons, rows.figures].reduce((n, m) => n + m.size, 0) +
        [...Object.values(rows.links), ...Object.values(rows.mentions)].reduce((n, m) => n + m.size, 0);
      expect(rows.rows).toBe(counted);
      expect(rows.plans).toBe(20);
    });
  });

  describe('search text', () => {
    it('folds the texts an entity was written with as mergeSearchText does, one write after another', () => {
      expect(foldSearchTexts([])).toBeNull();
      expect(foldSearchTexts(['ban bi thu', 'bi thu', 'ban bi thu trung uong'])).toBe('ban bi thu ban bi thu trung uong');
      expect(foldSearchTexts(['', 'so y te'])).toBe('so y te');
      expect(foldSearchTexts(['so y te', ''])).toBe('so y te');
      expect(foldSearchTexts(['b'], 'a b c')).toBe('a b c');
    });

    it('folds text exactly as searchTextOf: Vietnamese, punctuation, and every character of the Latin blocks', () => {
      const texts = [...generateBenchPlans({ scale: 0.05 })].slice(0, 30).map((p) => p.source.text);
      texts.push('Hoà, THUỶ — Đảng ủy… “30-CT/TW”', 'a\u0301b e\u0323\u0302', 'ΣΑΣ Σ', 'İstanbul', '😀 x', 'ǅ ǈ ﬁ ẞ', '');
      for (let code = 0x80; code < 0x2100; code += 1) texts.push(`a${String.fromCharCode(code)}b ${String.fromCharCode(code)}`);
      for (const text of texts) expect([text, foldedSearchText(text)]).toEqual([text, searchTextOf([text])]);
    });
  });

  describe('statements', () => {
    const rows = rowsOf(...[...generateBenchPlans({ scale: 0.05 })].slice(0, 40));
    const nodeWrites = buildNodeWrites(rows);

    it('merges nodes with one statement per label, each returning the ids, element ids and creation of its nodes', () => {
      expect(nodeWrites.map((q) => /MERGE \(n:(\w+) \{id: r\.id\}\)/.exec(q.cypher)?.[1])).toEqual(['Source', 'Organization', 'Document', 'Meeting', 'Person', 'Figure']);
      for (const q of nodeWrites) expect(q.cypher).toMatch(/RETURN collect\(r\.id\) AS ids, collect\(elementId\(n\)\) AS elementIds, collect\(created\) AS created$/);
    });

    it('writes apart the nodes the batch before also holds: they wait for that batch to commit', () => {
      const plans = [...generateBenchPlans({ scale: 0.05 })];
      const before = rowsOf(...plans.slice(40, 60));
      const ids = (queries: ReturnType<typeof buildNodeWrites>) => queries.flatMap((q) => (q.params.rows as Array<{ id: string }>).map((r) => r.id));
      const shared = ids(buildNodeWrites(rows, (id) => holdsNode(before, id)));
      const fresh = ids(buildNodeWrites(rows, (id) => !holdsNode(before, id)));
      expect(shared.length).toBeGreaterThan(0);
      expect(shared.every((id) => holdsNode(before, id))).toBe(true);
      expect(fresh.some((id) => holdsNode(before, id))).toBe(false);
      expect([...shared, ...fresh].sort()).toEqual(ids(nodeWrites).sort());
    });

    it('creates the relationships of a node created in the transaction, merges the others, and finds by id an end the batch lacks', () => {
      const written = new Map<string, WrittenNode>();
      let n = 0;
      for (const q of nodeWrites) for (const r of q.params.rows as Array<{ id: string }>) written.set(r.id, { elementId: `e${(n += 1)}`, created: !r.id.startsWith('org_') });
      const orgToOrg = buildLinkWrites(rows, written).filter((q) => q.cypher.includes('(b:Organization)') && q.cypher.includes('(a:Organization)'));
      expect(orgToOrg.every((q) => q.cypher.includes('MERGE (a)-[x:'))).toBe(true);
      const figures = buildLinkWrites(rows, written).filter((q) => q.cypher.includes('(a:Figure)'));
      expect(figures.every((q) => q.cypher.includes('CREATE (a)-['))).toBe(true);

      const lacking = new Map([...written].filter(([id]) => !id.startsWith('mtg_')));
      const byId = buildLinkWrites(rows, lacking).filter((q) => q.cypher.includes('MATCH (a:Meeting {id: r.from})'));
      expect(byId.length).toBeGreaterThan(0);
      for (const q of byId) expect(q.cypher).toContain('MERGE (a)-[x:');
    });

    it('names the label of every node it matches or merges, and carries every value in parameters', () => {
      const written = new Map<string, WrittenNode>();
      const all = [...nodeWrites, ...buildLinkWrites(rows, written), ...buildLinkWrites(rows, new Map([...rows.sources.keys()].map((id) => [id, { elementId: id, created: true }])))];
      expect(all.length).toBeGreaterThan(20);
      for (const { cypher, params } of all) {
        expect(cypher).not.toMatch(/MATCH \(\w+\)/);
        expect(cypher).not.toMatch(/MERGE \(\w+\)(?!-)/);
        expect([...new Set(cypher.match(/\$\w+/g))]).toEqual(['$rows']);
        expect(Object.keys(params)).toEqual(['rows']);
        // The only literals are the empty string and the space that mergeSearchText joins texts with.
        for (const literal of cypher.match(/'[^']*'/g) ?? []) expect(["''", "' '"]).toContain(literal);
      }
    });
  });
});
