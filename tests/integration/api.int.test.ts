import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nameKey } from '../../src/domain/identity';
import { gql, startTestServer, type TestServer } from '../utils/graph';
import { BBT, CT30, DUK, MEETING, NQ155, SEED_URL, SPEAKER, TINH_UY } from '../utils/seed-ids';

/** The read API on the seeded graph: node(id), paging, traversals, code parsing, errors a client can act on. */
describe('the read API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const res = await gql(server, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const fails = async (query: string, variables?: Record<string, unknown>) => {
    const res = await gql(server, query, variables);
    expect(res.errors).toBeDefined();
    return res.errors![0]!;
  };

  describe('node(id)', () => {
    it('resolves every entity type by its id, with its __typename', async () => {
      const ids = await ok(`{ documents(code: "30-CT/TW") { nodes { id sources { source { id } } } }
        node(id: "${DUK}") { ... on Organization { figures { id } } } }`);
      const figureId = ids.node.figures[0].id;
      const sourceId = ids.documents.nodes[0].sources[0].source.id;
      const expected: Record<string, string> = {
        [CT30]: 'Document',
        [DUK]: 'Organization',
        [MEETING]: 'Meeting',
        [SPEAKER]: 'Person',
        [figureId]: 'Figure',
        [sourceId]: 'Source',
      };
      for (const [id, typename] of Object.entries(expected)) {
        const data = await ok('query($id: ID!) { node(id: $id) { __typename id } }', { id });
        expect(data.node).toEqual({ __typename: typename, id });
      }
    });

    it('is null for a well-formed id that nothing has', async () => {
      expect((await ok('{ node(id: "doc_00000000000000000000") { id } }')).node).toBeNull();
    });

    it('rejects a string that is not an id with BAD_USER_INPUT naming the field', async () => {
      const error = await fails(`{ node(id: "MATCH (n) DETACH DELETE n") { id } }`);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(error.message).toBe('id: "MATCH (n) DETACH DELETE n" is not a vankien-graph id');
    });
  });

  describe('paging', () => {
    it('walks organizations one page at a time with endCursor, totalCount steady, no item twice', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let page = 0; page < 20; page += 1) {
        const data: any = await ok('query($after: String) { organizations(province: "Lạng Sơn", first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }', { after });
        total = data.organizations.totalCount;
        seen.push(...data.organizations.nodes.map((n: { name: string }) => n.name));
        if (!data.organizations.pageInfo.hasNextPage) break;
        after = data.organizations.pageInfo.endCursor;
      }
      expect(total).toBe(5);
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
      // In Vietnamese name order: by the folded name.
      expect(seen.map(nameKey)).toEqual([...seen].map(nameKey).sort());
    });

    it.each(['not-a-cursor', 'dmsxOi0x', '', '"; DROP'])('rejects the cursor %p with BAD_USER_INPUT', async (after) => {
      const error = await fails('query($after: String) { documents(after: $after) { totalCount } }', { after });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('refuses a cursor of another list, or of the same list filtered or ordered otherwise', async () => {
      const page = await ok('{ documents(first: 1) { pageInfo { endCursor } } }');
      const cursor = page.documents.pageInfo.endCursor as string;
      // The list it came from takes it.
      expect((await ok('query($c: String) { documents(first: 1, after: $c) { totalCount } }', { c: cursor })).documents.totalCount).toBe(3);
      for (const query of [
        'query($c: String) { organizations(first: 1, after: $c) { totalCount } }',
        'query($c: String) { meetings(first: 1, after: $c) { totalCount } }',
        'query($c: String) { documents(first: 1, after: $c, order: OLDEST_FIRST) { totalCount } }',
        'query($c: String) { documents(first: 1, after: $c, kind: RESOLUTION) { totalCount } }',
      ]) {
        const error = await fails(query, { c: cursor });
        expect({ query, extensions: error.extensions }).toMatchObject({
          query,
          extensions: { code: 'BAD_USER_INPUT', field: 'after', reason: 'is a cursor of another list, or of this list with other filters or order: page with the endCursor of this same query' },
        });
      }
    });

    it('walks documents and meetings one item a page in either order, into the undated tail, as one page lists them', async () => {
      for (const [list, order] of [['documents', 'NEWEST_FIRST'], ['documents', 'OLDEST_FIRST'], ['meetings', 'NEWEST_FIRST'], ['meetings', 'OLDEST_FIRST']]) {
        const query = `query($first: Int, $after: String) { ${list}(first: $first, after: $after, order: ${order}) { pageInfo { hasNextPage endCursor } nodes { id } } }`;
        const all = (await ok(query, { first: 100 }))[list!].nodes.map((n: { id: string }) => n.id);
        const walked: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 20; i += 1) {
          const data: any = await ok(query, { first: 1, after });
          walked.push(...data[list!].nodes.map((n: { id: string }) => n.id));
          if (!data[list!].pageInfo.hasNextPage) break;
          after = data[list!].pageInfo.endCursor;
        }
        expect({ list, order, walked }).toEqual({ list, order, walked: all });
      }
    });

    it('refuses an offset cursor of the earlier API, saying to start again from the first page', async () => {
      const page = await ok('{ documents(first: 1) { pageInfo { endCursor } } }');
      const key = (Buffer.from(page.documents.pageInfo.endCursor, 'base64url').toString('utf8').split(':')[1]) as string;
      const error = await fails('query($c: String) { documents(first: 1, after: $c) { totalCount } }', { c: Buffer.from(`vk2:${key}:0`).toString('base64url') });
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
        reason: 'is a cursor of an earlier version of this API, which paged by offset: start again from the first page (without after)',
      });
    });

    it.each([0, -1, 101])('rejects first: %p with BAD_USER_INPUT saying the range', async (first) => {
      const error = await fails('query($first: Int) { documents(first: $first) { totalCount } }', { first });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(error.message).toMatch(/first: first must not be (less than 1|greater than 100)/);
    });

    it.each([0, -3, 1001])('rejects a relation size %p with BAD_USER_INPUT where the fields around it are read ahead, every time it is asked', async (first) => {
      // Read-ahead rows answer relation fields without their resolver (prefetch.ts, answerReadAheadFields): a size the
      // resolver would refuse must never be read ahead, in the interpreted and in the compiled run (the third).
      const query = `query($first: Int) {
        node(id: "${TINH_UY}") { ... on Organization { children(first: 5) { id } issued(first: $first) { id } } }
        documents(code: "30-CT/TW") { nodes { issuer { id issued(first: 2) { id } children(first: $first) { id } } } }
      }`;
      for (let i = 0; i < 3; i += 1) {
        const res = await gql(server, query, { first });
        const paths = (res.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code, e.extensions?.field]);
        expect(paths).toEqual(
          expect.arrayContaining([
            ['node.issued', 'BAD_USER_INPUT', 'first'],
            ['documents.nodes.0.issuer.children', 'BAD_USER_INPUT', 'first'],
          ]),
        );
      }
    });

    it('filters documents by issuer and date range, and rejects a reversed range', async () => {
      const data = await ok(`{ documents(issuerId: "${BBT}", issuedFrom: "2024-01-01", issuedTo: "2024-12-31") { nodes { code } } }`);
      expect(data.documents.nodes).toEqual([{ code: '30-CT/TW' }]);
      const none = await ok(`{ documents(issuerId: "${BBT}", issuedFrom: "2025-01-01") { totalCount } }`);
      expect(none.documents.totalCount).toBe(0);
      const error = await fails('{ documents(issuedFrom: "2024-12-31", issuedTo: "2024-01-01") { totalCount } }');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuedFrom' });
    });

    it('rejects an issuerId that is not an organization id', async () => {
      const error = await fails(`{ documents(issuerId: "${CT30}") { totalCount } }`);
      expect(error.message).toBe('issuerId: is a Document id; an Organization id is required');
    });

    it.each([
      ['documents(code: "")', 'code'],
      ['documents(issuerId: "  ")', 'issuerId'],
      ['documents(province: "")', 'province'],
      ['meetings(organizerId: "")', 'organizerId'],
      ['meetings(province: " ")', 'province'],
      ['organizations(name: "")', 'name'],
      ['organizations(province: "")', 'province'],
    ])('refuses the empty filter %s instead of answering with everything', async (call, field) => {
      const error = await fails(`{ ${call} { totalCount } }`);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: `${field} must not be empty or blank: leave it out to match everything` });
    });

    it('rejects a code it cannot read, saying why', async () => {
      const error = await fails('{ documents(code: "hello") { totalCount } }');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    });
  });

  describe('traversals', () => {
    it('lineage of 155-NQ/TU: the implementing body, the meeting and the issuer, with drawable edges', async () => {
      const data = await ok(`{ lineage(id: "${NQ155}") { nodes { id type } edges { from to type } } }`);
      const { nodes, edges } = data.lineage;
      expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual([DUK, MEETING, NQ155, TINH_UY].sort());
      expect(edges).toEqual(
        expect.arrayContaining([
          { from: DUK, to: NQ155, type: 'IMPLEMENTS' },
          { from: MEETING, to: NQ155, type: 'DISSEMINATED' },
          { from: NQ155, to: TINH_UY, type: 'ISSUED_BY' },
        ]),
      );
      const ids = new Set(nodes.map((n: { id: string }) => n.id));
      for (const e of edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    });

    it('lineage starts from a document only', async () => {
      const error = await fails(`{ lineage(id: "${DUK}") { nodes { id } } }`);
      expect(error.message).toBe('id: is an Organization id; a Document id is required');
    });

    it('path: Ban Bí thư → 30-CT/TW → Đảng ủy Khối, and null when no path is short enough', async () => {
      const data = await ok(`{ path(fromId: "${BBT}", toId: "${DUK}") { nodes { id } edges { type } } }`);
      expect(data.path.nodes.map((n: { id: string }) => n.id)).toEqual([BBT, CT30, DUK]);
      expect(data.path.edges.map((e: { type: string }) => e.type)).toEqual(['ISSUED_BY', 'IMPLEMENTS']);
      const far = await ok(`{ path(fromId: "${BBT}", toId: "${SPEAKER}", maxHops: 1) { nodes { id } } }`);
      expect(far.path).toBeNull();
    });

    it.each([0, 11])('path refuses maxHops %p before touching the database', async (maxHops) => {
      const error = await fails(`{ path(fromId: "${BBT}", toId: "${DUK}", maxHops: ${maxHops}) { nodes { id } } }`);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('neighborhood: everything one hop from the meeting, nearest first, cut at limit', async () => {
      const data = await ok(`{ neighborhood(id: "${MEETING}", hops: 1) { nodes { id type } edges { from to type } } }`);
      const types = data.neighborhood.nodes.map((n: { type: string }) => n.type);
      expect(data.neighborhood.nodes[0].id).toBe(MEETING);
      expect(types.filter((t: string) => t === 'Person')).toHaveLength(2);
      expect(types.filter((t: string) => t === 'Figure')).toHaveLength(8);
      expect(data.neighborhood.edges).toEqual(expect.arrayContaining([{ from: MEETING, to: DUK, type: 'ORGANIZED_BY' }]));
      const cut = await ok(`{ neighborhood(id: "${MEETING}", hops: 2, limit: 3) { nodes { id } } }`);
      expect(cut.neighborhood.nodes).toHaveLength(3);
    });

    it('gives every drawn edge the sentences that state it, read for all edges at once', async () => {
      const article = readFileSync(path.resolve(__dirname, '..', '..', 'seeds', '000_3e6ce7b8d4bfa31e.txt'), 'utf8').normalize('NFC');
      const statements: string[] = [];
      const stop = server.db.onQuery((q) => statements.push(q.cypher));
      let data: any;
      try {
        data = await ok(`{ neighborhood(id: "${MEETING}", hops: 2, limit: 60) { edges { from to type sources { quote source { url } } } } }`);
      } finally {
        stop();
      }
      const edges: Array<{ from: string; to: string; type: string; sources: Array<{ quote: string; source: { url: string } }> }> = data.neighborhood.edges;
      // The subgraph, the evidence of all its edges, their sources: three statements however many edges there are.
      expect(edges.length).toBeGreaterThan(20);
      expect(statements).toHaveLength(3);
      for (const edge of edges) {
        for (const ref of edge.sources) {
          expect({ edge: edge.type, url: ref.source.url }).toEqual({ edge: edge.type, url: SEED_URL });
          expect(article).toContain(ref.quote);
        }
      }
      const byType = (type: string) => edges.filter((e) => e.type === type);
      // Every link an article sentence states carries that sentence.
      for (const type of ['ORGANIZED_BY', 'SPOKE_AT', 'IMPLEMENTS', 'DISSEMINATED', 'REPORTED_BY', 'REPORTED_AT', 'MENTIONED_IN']) {
        expect({ type, present: byType(type).length > 0, withoutEvidence: byType(type).filter((e) => e.sources.length === 0) }).toEqual({ type, present: true, withoutEvidence: [] });
      }
      // A speaker's body: the sentence naming both.
      const represents = byType('REPRESENTS').find((e) => e.from === SPEAKER);
      expect(represents?.sources.map((r) => r.quote)).toEqual([expect.stringMatching(/nghe lãnh đạo Sở Kế hoạch và Đầu tư truyền đạt/)]);
      // A figure reported at the meeting: the figure's own sentence.
      for (const edge of byType('REPORTED_AT')) expect(edge.sources).toHaveLength(1);
    });

    it('gives an edge no source states (a hierarchy from the list of bodies) no evidence, and a path its evidence', async () => {
      const data = await ok(`{ neighborhood(id: "${DUK}", hops: 1, limit: 100) { edges { from to type sources { quote } } }
        path(fromId: "${BBT}", toId: "${DUK}", maxHops: 4) { edges { type sources { quote } } } }`);
      const partOf = data.neighborhood.edges.filter((e: { type: string; from: string }) => e.type === 'PART_OF' && e.from === DUK);
      expect(partOf).toEqual([expect.objectContaining({ sources: [] })]);
      expect(data.path.edges.map((e: { type: string; sources: unknown[] }) => [e.type, e.sources.length])).toEqual([['ISSUED_BY', 1], ['IMPLEMENTS', 1]]);
    });

    it('neighborhood refuses hops over 3 and limit over 500', async () => {
      expect((await fails(`{ neighborhood(id: "${MEETING}", hops: 4) { nodes { id } } }`)).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await fails(`{ neighborhood(id: "${MEETING}", limit: 501) { nodes { id } } }`)).extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('filters and timelines', () => {
    it('filters documents by province of the issuer and orders them either way', async () => {
      const ls = await ok('{ documents(province: "Lạng Sơn") { nodes { code } } }');
      expect(ls.documents.nodes).toEqual([{ code: '155-NQ/TU' }]);
      const newest = await ok('{ documents(kind: DIRECTIVE) { nodes { issuedOn } } }');
      const all = await ok('{ a: documents(order: NEWEST_FIRST, first: 100) { totalCount nodes { issuedOn } } b: documents(order: OLDEST_FIRST, first: 100) { nodes { issuedOn } } }');
      const dated = (list: Array<{ issuedOn: string | null }>) => list.map((d) => d.issuedOn).filter((d): d is string => d !== null);
      expect(dated(all.a.nodes)).toEqual([...dated(all.a.nodes)].sort().reverse());
      expect(dated(all.b.nodes)).toEqual([...dated(all.b.nodes)].sort());
      // Undated documents come last either way (other suites may add documents meanwhile: the page need not reach them).
      const undatedLast = (list: Array<{ issuedOn: string | null }>) => {
        const first = list.findIndex((d) => d.issuedOn === null);
        return first === -1 || list.slice(first).every((d) => d.issuedOn === null);
      };
      expect(all.a.nodes.some((d: { issuedOn: string | null }) => d.issuedOn === null) || all.a.totalCount > 100).toBe(true);
      expect(undatedLast(all.a.nodes)).toBe(true);
      expect(undatedLast(all.b.nodes)).toBe(true);
      expect(newest.documents.nodes.length).toBeGreaterThan(0);
    });

    it('filters organizations by kind and meetings by province', async () => {
      const orgs = await ok('{ organizations(province: "Lạng Sơn", kind: STATE_AGENCY) { nodes { name } } }');
      expect(orgs.organizations.nodes).toEqual([{ name: 'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn' }]);
      const meetings = await ok('{ a: meetings(province: "Lạng Sơn") { totalCount } b: meetings(province: "Cà Mau") { totalCount } }');
      expect(meetings).toEqual({ a: { totalCount: 1 }, b: { totalCount: 0 } });
    });

    it('lists organizations in Vietnamese name order: case and diacritics do not scatter them ("Đảng ủy" among the D\'s)', async () => {
      const data = await ok('{ organizations(first: 100) { nodes { name } } }');
      const keys = (data.organizations.nodes as Array<{ name: string }>).map((o) => nameKey(o.name));
      expect(keys.length).toBeGreaterThan(3);
      expect(keys).toEqual([...keys].sort());
    });

    it('reads a province in any spelling, and refuses one that is not a province naming the argument', async () => {
      const spelled = await ok(
        '{ a: organizations(province: "lang son") { totalCount } b: organizations(province: "Tỉnh Lạng Sơn") { totalCount } c: organizations(province: "Lạng Sơn") { totalCount } d: documents(province: "LANG SON") { nodes { code } } }',
      );
      expect(spelled.c.totalCount).toBeGreaterThan(0);
      expect([spelled.a.totalCount, spelled.b.totalCount]).toEqual([spelled.c.totalCount, spelled.c.totalCount]);
      expect(spelled.d.nodes).toEqual([{ code: '155-NQ/TU' }]);
      const error = await fails('{ meetings(province: "Lạng Sơnn") { totalCount } }');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'province' });
      expect(error.message).toContain('is not a province');
    });

    it('timeline: a body\'s figures, implementations and meetings in date order, undated last', async () => {
      const data = await ok(`{ timeline(organizationId: "${DUK}") { kind date actions node { id } } }`);
      const entries = data.timeline as Array<{ kind: string; date: string | null; actions: string[]; node: { id: string } }>;
      const dates = entries.map((e) => e.date);
      const firstUndated = dates.indexOf(null);
      expect(dates.slice(0, firstUndated)).toEqual([...dates.slice(0, firstUndated)].sort());
      expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
      expect(entries.filter((e) => e.kind === 'FIGURE')).toHaveLength(8);
      expect(entries).toEqual(
        expect.arrayContaining([
          { kind: 'MEETING', date: '2024-08-08', actions: [], node: { id: MEETING } },
          { kind: 'IMPLEMENTATION', date: '2024-08-08', actions: ['quán triệt', 'tiếp tục cụ thể hóa', 'triển khai thực hiện'], node: { id: NQ155 } },
          { kind: 'IMPLEMENTATION', date: null, actions: ['tiếp tục cụ thể hóa', 'triển khai thực hiện'], node: { id: CT30 } },
        ]),
      );
    });

    it('timeline with a range keeps only dated entries inside it; with children it includes the bodies below', async () => {
      const ranged = await ok(`{ timeline(organizationId: "${DUK}", from: "2024-08-01", to: "2024-08-31") { kind date } }`);
      expect(ranged.timeline).toEqual([
        { kind: 'IMPLEMENTATION', date: '2024-08-08' },
        { kind: 'MEETING', date: '2024-08-08' },
      ]);
      const tinhUy = TINH_UY;
      const own = await ok(`{ timeline(organizationId: "${tinhUy}") { kind node { id } } }`);
      expect(own.timeline).toEqual([{ kind: 'ISSUED', node: { id: NQ155 } }]);
      const withChildren = await ok(`{ timeline(organizationId: "${tinhUy}", includeChildren: true) { organization { id } } }`);
      const bodies = new Set(withChildren.timeline.map((e: { organization: { id: string } }) => e.organization.id));
      expect([...bodies].sort()).toEqual([DUK, tinhUy].sort());
    });

    it('timeline needs an organization id', async () => {
      const error = await fails(`{ timeline(organizationId: "${CT30}") { kind } }`);
      expect(error.message).toBe('organizationId: is a Document id; an Organization id is required');
    });
  });

  describe('parseDocumentCode', () => {
    it('reads a party code typed the state way', async () => {
      const data = await ok('{ parseDocumentCode(code: "30/CT-TW") { normalized number kind typeName typeAbbreviation issuerAbbreviation year system } }');
      expect(data.parseDocumentCode).toEqual({
        normalized: '30-CT/TW', number: '30', kind: 'DIRECTIVE', typeName: 'Chỉ thị', typeAbbreviation: 'CT', issuerAbbreviation: 'TW', year: null, system: 'PARTY',
      });
    });

    it('leaves a party QĐ undecided unless the type name settles it', async () => {
      const data = await ok('{ a: parseDocumentCode(code: "66-QĐ/TW") { kind kindCandidates } b: parseDocumentCode(code: "66-QD/TW", typeName: "Quy định") { kind normalized } }');
      expect(data).toEqual({ a: { kind: null, kindCandidates: ['DECISION', 'REGULATION'] }, b: { kind: 'REGULATION', normalized: '66-QĐ/TW' } });
    });

    it('says what is wrong with an unreadable code', async () => {
      const error = await fails('{ parseDocumentCode(code: "CT/TW") { normalized } }');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    });
  });

  describe('search', () => {
    it.each(['30-CT/TW', '30/CT-TW', '30-ct/tw', 'ct 30', 'chi thi 30', 'Chỉ thị 30'])('puts 30-CT/TW first for "%s"', async (query) => {
      const data = await ok('query($q: String!) { search(query: $q) { type node { id } } }', { q: query });
      expect(data.search[0]).toEqual({ type: 'Document', node: { id: CT30 } });
    });

    it.each([
      ['dang uy khoi cac co quan', 'Organization', DUK],
      ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN', 'Organization', DUK],
      ['Đảng ủy Khối các cơ quan'.normalize('NFD'), 'Organization', DUK],
      ['giao duc chinh tri tu tuong', 'Document', NQ155],
    ])('is insensitive to case, diacritics and normal form: "%s"', async (query, type, id) => {
      const data = await ok('query($q: String!) { search(query: $q) { type node { id } } }', { q: query });
      expect(data.search.map((h: { type: string; node: { id: string } }) => `${h.type}:${h.node.id}`)).toContain(`${type}:${id}`);
    });

    it.each(['chi thi 30', '30 ct tw', 'tuyen truyen mieng dang uy', 'hoi nghi bao cao vien lang son'])('lists hits best first, by the score it gives: "%s"', async (query) => {
      const data = await ok('query($q: String!) { search(query: $q, first: 20) { score } }', { q: query });
      const scores = data.search.map((h: { score: number }) => h.score);
      expect(scores.length).toBeGreaterThan(1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('treats old and new tone placement alike ("hoá" = "hóa")', async () => {
      const a = await ok('{ search(query: "cụ thể hoá") { node { id } } }');
      const b = await ok('{ search(query: "cụ thể hóa") { node { id } } }');
      expect(a.search.length).toBeGreaterThan(0);
      expect(a.search).toEqual(b.search);
    });

    it('gives a snippet around the match', async () => {
      const data = await ok('{ search(query: "tuyen truyen mieng", first: 10) { type snippet } }');
      const doc = data.search.find((h: { type: string }) => h.type === 'Document');
      expect(doc.snippet).toContain('tuyên truyền miệng');
    });

    it("reads sources' text for snippets only when snippets are asked for (directly or through a fragment)", async () => {
      let withText: unknown[] = [];
      const stop = server.db.onQuery((q) => {
        if (q.cypher.includes("queryNodes('search_text'")) withText.push(q.params.withText);
      });
      const search = async (query: string) => {
        withText = [];
        const data = await ok(query);
        return { hits: data.search as Array<{ type: string; snippet?: string | null; node: { id: string } }>, withText };
      };
      try {
        // The seed article's source matches its own words: a Source hit whose snippet is cut from its text.
        const asked = await search('{ search(query: "tuyen truyen mieng Lang Son", first: 50) { type snippet node { id } } }');
        expect(asked.hits.find((h) => h.type === 'Source')?.snippet).toEqual(expect.any(String));
        const viaFragment = await search('fragment Hit on SearchHit { snippet } { search(query: "tuyen truyen mieng Lang Son", first: 50) { ...Hit node { id } } }');
        const notAsked = await search('{ search(query: "tuyen truyen mieng Lang Son", first: 50) { type node { id } } }');
        expect(notAsked.hits.map((h) => h.node.id)).toEqual(asked.hits.map((h) => h.node.id));
        expect(viaFragment.hits.map((h) => h.snippet)).toEqual(asked.hits.map((h) => h.snippet));
        expect(asked.withText.length).toBeGreaterThan(0);
        expect(new Set([...asked.withText, ...viaFragment.withText])).toEqual(new Set([true]));
        expect(new Set(notAsked.withText)).toEqual(new Set([false]));
      } finally {
        stop();
      }
    });

    it.each(['"', '(', 'AND OR NOT', 'title:x~', '*', '\\', '[a TO z]', "'; MATCH (n) DETACH DELETE n //", '🙂'])('never fails on Lucene or Cypher syntax: %p', async (query) => {
      const res = await gql(server, 'query($q: String!) { search(query: $q) { node { id } } }', { q: query });
      expect(res.errors).toBeUndefined();
      expect(Array.isArray(res.data!.search)).toBe(true);
    });

    it.each(['', '   ', '\n\t'])('rejects an empty query %p with BAD_USER_INPUT', async (query) => {
      const error = await fails('query($q: String!) { search(query: $q) { node { id } } }', { q: query });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    });
  });
});
