import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../../src/db/neo4j';
import { countGraph, writeGraphPlan } from '../../src/db/repositories/graph-writer';
import { connectTestDatabase, gql, startTestServer, type TestServer, startSeededNeo4j } from '../utils/graph';
import type { ThrowawayNeo4j } from '../utils/neo4j-instance';
import { planOf } from '../utils/plans';

const TOKEN = 'test-write-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

const IMPORT = `mutation Import($input: ImportArticleInput!) {
  importArticle(input: $input) {
    nodesCreated relationshipsCreated warnings
    source { id url }
    documents { id code issuedOn }
    organizations { id name }
    meetings { id date }
    figures { value }
  }
}`;

const ARTICLE = {
  url: 'https://baobacgiang.vn/tin-thu-nghiem-import-1.html',
  publisher: 'Báo Bắc Giang',
  publishedOn: '2024-03-12',
  text: [
    'Ban Thường vụ Tỉnh ủy Bắc Giang quán triệt Chỉ thị số 30-CT/TW',
    '',
    'Sáng 11/3, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị quán triệt Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư Trung ương Đảng khóa XIII về công tác tuyên truyền miệng trong tình hình mới.',
    'Hội nghị được tổ chức trực tuyến tới 230 điểm cầu với trên 12.000 đại biểu tham dự.',
    'Tỉnh ủy Bắc Giang ban hành Kế hoạch số 245-KH/TU ngày 1/3/2024 để triển khai thực hiện Chỉ thị số 30-CT/TW.',
  ].join('\n'),
};

/** importArticle against its own Neo4j (seeded), so that what it adds does not disturb other files. */
describe('importArticle', () => {
  let neo4j: ThrowawayNeo4j;
  let db: GraphDatabase;
  let server: TestServer;
  let closedServer: TestServer;

  beforeAll(async () => {
    ({ neo4j, db } = await startSeededNeo4j());
    server = await startTestServer({ db: connectTestDatabase(neo4j.uri), apiWriteToken: TOKEN });
    closedServer = await startTestServer({ db: connectTestDatabase(neo4j.uri) });
  });
  afterAll(async () => {
    await server?.close();
    await closedServer?.close();
    await db?.close();
    await neo4j?.destroy();
  });

  describe('refuses writes without the right token, writing nothing', () => {
    it.each([
      ['no header', {}, 'UNAUTHENTICATED'],
      ['a wrong token', { authorization: 'Bearer nope' }, 'FORBIDDEN'],
      ['a Basic header', { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }, 'FORBIDDEN'],
    ])('%s → %s', async (_label, headers, code) => {
      const before = await countGraph(db);
      const res = await gql(server, IMPORT, { input: ARTICLE }, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(await countGraph(db)).toEqual(before);
    });

    it('refuses every write when the server has no API_WRITE_TOKEN', async () => {
      const res = await gql(closedServer, IMPORT, { input: ARTICLE }, auth);
      expect(res.errors?.[0]).toMatchObject({
        message: 'Writes are disabled on this server: it was started without API_WRITE_TOKEN.',
        extensions: { code: 'FORBIDDEN' },
      });
    });
  });

  describe('rejects bad input with BAD_USER_INPUT naming the field, writing nothing', () => {
    it.each([
      ['empty text', { text: '   ' }, 'text', 'must not be empty'],
      ['text over 1 MiB', { text: 'Tỉnh ủy '.repeat(150_000) }, 'text', 'the limit is 1048576 bytes (1 MiB)'],
      ['binary text', { text: 'GIF89a\u0000\u0001' }, 'text', 'binary data is not an article'],
      ['non-UTF-8 text', { text: 'Ngh\uFFFD quy\uFFFDt' }, 'text', 'not valid UTF-8'],
      ['an invalid url', { text: 'Tin.', url: 'baolangson' }, 'url', 'is not a valid URL'],
      ['a future date', { text: 'Tin.', publishedOn: '2099-01-01' }, 'publishedOn', 'is outside the range'],
    ])('%s', async (_label, input, field, reason) => {
      const before = await countGraph(db);
      const res = await gql(server, IMPORT, { input }, auth);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message).toContain(reason);
      expect(await countGraph(db)).toEqual(before);
    });

    it('an impossible date is refused by the Date scalar', async () => {
      const res = await gql(server, IMPORT, { input: { text: 'Tin.', publishedOn: '2024-02-30' } }, auth);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('YYYY-MM-DD');
    });
  });

  it('imports an article: its documents, bodies, meeting and figures are in the graph, merged with the seed', async () => {
    const res = await gql(server, IMPORT, { input: ARTICLE }, auth);
    expect(res.errors).toBeUndefined();
    const result = res.data!.importArticle;
    expect(result.source.url).toBe(ARTICLE.url);
    expect(result.documents.map((d: { code: string }) => d.code).sort()).toEqual(['245-KH/TU', '30-CT/TW']);
    expect(result.nodesCreated).toBeGreaterThan(0);
    // 30-CT/TW was already in the graph (from the seed): the import merged into it.
    const docs = await gql(server, '{ documents(code: "30-CT/TW") { totalCount nodes { implementations { organization { name } } sources { source { url } } } } }');
    expect(docs.data!.documents.totalCount).toBe(1);
    const implementers = docs.data!.documents.nodes[0].implementations.map((i: { organization: { name: string } }) => i.organization.name);
    expect(implementers).toContain('Đảng ủy Khối các cơ quan tỉnh Lạng Sơn');
    expect(docs.data!.documents.nodes[0].sources.map((s: { source: { url: string } }) => s.source.url)).toContain(ARTICLE.url);
  });

  it("dates a body's implementation by its own plan based on the document when no meeting of its dates it", async () => {
    const found = await gql(server, '{ documents(code: "245-KH/TU") { nodes { issuer { id name } issuedOn basedOn { code } } } }');
    const plan = found.data!.documents.nodes[0];
    expect(plan).toMatchObject({ issuedOn: '2024-03-01', basedOn: [{ code: '30-CT/TW' }] });
    const timeline = await gql(server, 'query($id: ID!) { timeline(organizationId: $id) { kind date node { ... on Document { code } } } }', { id: plan.issuer.id });
    expect(timeline.data!.timeline).toEqual(
      expect.arrayContaining([
        { kind: 'ISSUED', date: '2024-03-01', node: { code: '245-KH/TU' } },
        { kind: 'IMPLEMENTATION', date: '2024-03-01', node: { code: '30-CT/TW' } },
      ]),
    );
  });

  it('is idempotent: the same article again creates nothing and changes no count', async () => {
    const before = await countGraph(db);
    const res = await gql(server, IMPORT, { input: ARTICLE }, auth);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importArticle).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await countGraph(db)).toEqual(before);
  });

  it('the seed article, imported as text, lands on the seeded entities (one path for text, same identities)', async () => {
    const text = readFileSync(path.resolve(__dirname, '..', '..', 'seeds', '000_3e6ce7b8d4bfa31e.txt'), 'utf8');
    const res = await gql(server, IMPORT, {
      input: {
        text,
        url: 'https://baolangson.vn/dang-uy-khoi-cac-co-quan-tinh-to-chuc-hoi-nghi-bao-cao-vien-tuyen-truyen-vien-quy-ii-va-so-ket-cong-tac-tuyen-truyen-6-thang-dau-nam-2024-5017722.html',
        publisher: 'Báo Lạng Sơn',
        author: 'Đăng Thùy',
      },
    }, auth);
    expect(res.errors).toBeUndefined();
    for (const code of ['30-CT/TW', '155-NQ/TU']) {
      const found = await gql(server, 'query($c: String) { documents(code: $c) { totalCount } }', { c: code });
      expect({ code, count: found.data!.documents.totalCount }).toEqual({ code, count: 1 });
    }
    const meetings = await gql(server, '{ meetings(from: "2024-08-08", to: "2024-08-08") { totalCount } }');
    expect(meetings.data!.meetings.totalCount).toBe(1);
  });

  it('reads a url imported before as that article: metadata left out is taken from the graph, a shared link adds nothing, other text or metadata is refused', async () => {
    const before = await countGraph(db);
    // The first import had a publisher and a date: without them, or through a link with a fragment and tracking, the same.
    const { publisher: _publisher, publishedOn: _publishedOn, ...bare } = ARTICLE;
    for (const input of [bare, { ...ARTICLE, url: `${ARTICLE.url}?utm_source=facebook&fbclid=abc#binh-luan` }]) {
      const res = await gql(server, IMPORT, { input }, auth);
      expect({ url: input.url, errors: res.errors }).toEqual({ url: input.url, errors: undefined });
      expect(res.data!.importArticle).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    }
    expect(await countGraph(db)).toEqual(before);

    const refused = [
      [{ ...ARTICLE, text: 'Tỉnh ủy Bắc Giang ban hành Nghị quyết số 200-NQ/TU ngày 1/3/2024.' }, 'text', /differs from the text imported before from https:\/\/baobacgiang\.vn/],
      [{ ...ARTICLE, publishedOn: '2023-01-15' }, 'publishedOn', /is "2023-01-15", but the article at .* was imported with "2024-03-12"/],
      [{ ...ARTICLE, publisher: 'Báo Khác' }, 'publisher', /is "Báo Khác", but the article at .* was imported with "Báo Bắc Giang"/],
      [{ ...ARTICLE, title: 'Tiêu đề trên trang chủ' }, 'title', /was imported without a title, and its facts were read so/],
    ] as const;
    for (const [input, field, reason] of refused) {
      const res = await gql(server, IMPORT, { input }, auth);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(String(res.errors?.[0]?.extensions?.reason)).toMatch(reason);
    }
    expect(await countGraph(db)).toEqual(before);
    const found = await gql(server, '{ documents(code: "200-NQ/TU") { totalCount } }');
    expect(found.data!.documents.totalCount).toBe(0);
  });

  it('refuses, inside the write, a plan whose source is stored with another text or date, and rolls all of it back', async () => {
    // The import's check before writing is skipped here: the writer's own check, under the source's lock, must hold.
    const [stored] = await db.read<{ id: string }>({ cypher: 'MATCH (s:Source {url: $url}) RETURN s.id AS id', params: { url: ARTICLE.url } });
    const before = await countGraph(db);
    const other = 'Tỉnh ủy Bắc Giang ban hành Nghị quyết số 201-NQ/TU ngày 2/3/2024.';
    const plan = planOf(stored!.id, {
      source: { id: stored!.id, url: ARTICLE.url, title: null, publisher: ARTICLE.publisher, author: null, publishedOn: ARTICLE.publishedOn, text: other },
      documents: [{ id: 'doc_00000000000000000201', code: '201-NQ/TU', system: 'PARTY' as const, kind: 'RESOLUTION', typeName: 'Nghị quyết', name: 'Nghị quyết số 201-NQ/TU', title: null, issuedOn: '2024-03-02', term: null, issuerId: null, quotes: [other] }],
    });
    await expect(writeGraphPlan(db, plan)).rejects.toMatchObject({ field: 'text', reason: expect.stringMatching(/differs from the text imported before/) });
    const dated = { ...plan, source: { ...plan.source, text: ARTICLE.text, publishedOn: '2023-01-01' }, documents: [] };
    await expect(writeGraphPlan(db, dated)).rejects.toMatchObject({ field: 'publishedOn' });
    expect(await countGraph(db)).toEqual(before);
  });

  it('of racing imports of one url with different texts, exactly one lands and the others are refused', async () => {
    const url = 'https://baobacgiang.vn/tin-tranh-chap.html';
    const texts = Array.from({ length: 4 }, (_, i) => `Tỉnh ủy Bắc Giang ban hành Kế hoạch số ${300 + i}-KH/TU ngày 1/4/2024 về công tác tuyên truyền miệng.`);
    const results = await Promise.all(texts.map((text) => gql(server, IMPORT, { input: { url, text } }, auth)));
    const landed = results.filter((r) => !r.errors);
    expect(landed).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    // The plans that were refused left nothing: one of the four plans is in the graph, quoting the stored text.
    const plans = await db.read<{ code: string; text: string }>({
      cypher: `MATCH (s:Source {url: $url})<-[m:MENTIONED_IN]-(d:Document) WHERE d.code STARTS WITH '30' AND d.code ENDS WITH '-KH/TU'
RETURN d.code AS code, s.text AS text`,
      params: { url },
    });
    expect(plans).toHaveLength(1);
    expect(plans[0]!.text).toContain(plans[0]!.code);
  });

  it('a syndicated copy (the same text under another url) adds a source to each figure, not new figures', async () => {
    const figures = async () => {
      const res = await gql(server, '{ meetings(from: "2024-03-11", to: "2024-03-11") { nodes { figures { id value sources { source { url } } } } } }');
      return res.data!.meetings.nodes.flatMap((m: { figures: Array<{ id: string; value: number; sources: Array<{ source: { url: string } }> }> }) => m.figures);
    };
    const before = await figures();
    expect(before.length).toBeGreaterThan(0);
    const res = await gql(server, IMPORT, { input: { ...ARTICLE, url: 'https://dangcongsan.vn/tin-bac-giang-dang-lai.html', publisher: 'Báo điện tử Đảng Cộng sản Việt Nam' } }, auth);
    expect(res.errors).toBeUndefined();
    const after = await figures();
    expect(after.map((f: { id: string }) => f.id).sort()).toEqual(before.map((f: { id: string }) => f.id).sort());
    for (const figure of after) {
      expect(figure.sources.map((s: { source: { url: string } }) => s.source.url)).toEqual(expect.arrayContaining([ARTICLE.url, 'https://dangcongsan.vn/tin-bac-giang-dang-lai.html']));
    }
  });

  it('concurrent imports of overlapping articles create no duplicates', async () => {
    const variants = Array.from({ length: 6 }, (_, i) => ({
      ...ARTICLE,
      url: `https://baobacgiang.vn/tin-dong-thoi-${i}.html`,
      text: `${ARTICLE.text}\nBài viết số ${i}.`,
    }));
    const results = await Promise.all(variants.map((input) => gql(server, IMPORT, { input }, auth)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const counts = await db.read<{ code: string; n: number }>({
      cypher: "MATCH (d:Document) WHERE d.code IN ['30-CT/TW', '245-KH/TU'] RETURN d.code AS code, count(*) AS n ORDER BY code",
      params: {},
    });
    expect(counts).toEqual([
      { code: '245-KH/TU', n: 1 },
      { code: '30-CT/TW', n: 1 },
    ]);
    const orgs = await db.read<{ n: number; distinct: number }>({
      cypher: 'MATCH (o:Organization) RETURN count(o) AS n, count(DISTINCT o.nameKey) AS distinct',
      params: {},
    });
    expect(orgs[0]!.n).toBe(orgs[0]!.distinct);
  });
  describe('paging while articles are imported: a cursor is a position, not an offset', () => {
    const LIST = `query($first: Int, $after: String, $order: DateOrder) {
      documents(first: $first, after: $after, order: $order) { totalCount pageInfo { hasNextPage endCursor } nodes { id code issuedOn } }
    }`;
    type Doc = { id: string; code: string | null; issuedOn: string | null };
    type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Doc[] };
    const page = async (first: number, after: string | null, order = 'NEWEST_FIRST'): Promise<Connection> => {
      const res = await gql(server, LIST, { first, after, order });
      expect(res.errors).toBeUndefined();
      return res.data!.documents as Connection;
    };
    /** The rest of the list after `after`, one item a page. */
    const rest = async (after: string | null, order = 'NEWEST_FIRST'): Promise<Doc[]> => {
      const seen: Doc[] = [];
      for (let i = 0; i < 100; i += 1) {
        const p = await page(1, after, order);
        seen.push(...p.nodes);
        if (!p.pageInfo.hasNextPage) return seen;
        after = p.pageInfo.endCursor;
      }
      throw new Error('the list did not end');
    };
    const imported = async (url: string, text: string, publishedOn: string): Promise<Doc[]> => {
      const res = await gql(server, IMPORT, { input: { url, text, publisher: 'Báo Bắc Giang', publishedOn } }, auth);
      expect(res.errors).toBeUndefined();
      return res.data!.importArticle.documents as Doc[];
    };
    const ids = (docs: Doc[]) => docs.map((d) => d.id);

    it('newest first: a document imported before the position between two pages repeats nothing and skips nothing', async () => {
      const before = (await page(100, null)).nodes;
      expect(before.length).toBeGreaterThan(3);
      const first = await page(1, null);
      const second = await page(1, first.pageInfo.endCursor);
      expect(ids([...first.nodes, ...second.nodes])).toEqual(ids(before.slice(0, 2)));

      // Newer than every document: it sorts before the position the cursor holds.
      const [fresh] = await imported(
        'https://baobacgiang.vn/tin-phan-trang-moi-nhat.html',
        'Tỉnh ủy Bắc Giang ban hành Kế hoạch số 610-KH/TU ngày 10/1/2025 về công tác tuyên truyền miệng.',
        '2025-01-15',
      );
      expect(fresh).toMatchObject({ code: '610-KH/TU', issuedOn: '2025-01-10' });
      expect(before[0]!.issuedOn! < '2025-01-10').toBe(true);

      const after = await rest(second.pageInfo.endCursor);
      const walked = ids([...first.nodes, ...second.nodes, ...after]);
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked).toEqual(ids(before));
      // The list itself has it, first, and counts it.
      const now = await page(100, null);
      expect(now.totalCount).toBe(before.length + 1);
      expect(now.nodes[0]!.id).toBe(fresh!.id);
    });

    it('in the undated tail, in either order: a dated and an undated document imported meanwhile move no item in or out', async () => {
      // Two undated documents at least, so that a cursor can stand inside the undated tail.
      const undated = await imported(
        'https://baobacgiang.vn/tin-phan-trang-khong-ngay.html',
        'Tỉnh ủy Bắc Giang ban hành Kế hoạch số 620-KH/TU và Kế hoạch số 621-KH/TU về công tác tuyên truyền miệng.',
        '2025-02-01',
      );
      expect(undated.map((d) => d.issuedOn)).toEqual([null, null]);
      const walks = [
        { order: 'NEWEST_FIRST', url: 'https://baobacgiang.vn/tin-phan-trang-them-1.html', text: 'Tỉnh ủy Bắc Giang ban hành Kế hoạch số 630-KH/TU ngày 3/2/2025 và Kế hoạch số 631-KH/TU về công tác dân vận.' },
        { order: 'OLDEST_FIRST', url: 'https://baobacgiang.vn/tin-phan-trang-them-2.html', text: 'Tỉnh ủy Bắc Giang ban hành Kế hoạch số 640-KH/TU ngày 1/1/1990 và Kế hoạch số 641-KH/TU về công tác tư tưởng.' },
      ];
      for (const { order, url, text } of walks) {
        const before = (await page(100, null, order)).nodes;
        const tail = before.findIndex((d) => d.issuedOn === null);
        expect(before.length - tail).toBeGreaterThanOrEqual(3);
        // Undated items come last, by id.
        expect(before.slice(tail).every((d) => d.issuedOn === null)).toBe(true);
        expect(ids(before.slice(tail))).toEqual(ids(before.slice(tail)).sort());
        // Walk to the first undated item: the cursor now stands in the undated tail.
        let after: string | null = null;
        const walked: Doc[] = [];
        while (walked.length <= tail) {
          const p: Connection = await page(1, after, order);
          walked.push(...p.nodes);
          after = p.pageInfo.endCursor;
        }
        expect(walked[walked.length - 1]!.issuedOn).toBeNull();

        const added = await imported(url, text, '2025-02-10');
        expect(added.filter((d) => d.issuedOn === null)).toHaveLength(1);
        expect(added.filter((d) => d.issuedOn !== null)).toHaveLength(1);
        walked.push(...(await rest(after, order)));

        expect(new Set(ids(walked)).size).toBe(walked.length);
        // Every document of before, in its order; of the new ones, the dated one (before the position) never, the
        // undated one only if its id comes after the position's.
        expect(ids(walked).filter((id) => ids(before).includes(id))).toEqual(ids(before));
        const position = walked[tail]!.id;
        const [dated, blank] = [added.find((d) => d.issuedOn !== null)!, added.find((d) => d.issuedOn === null)!];
        expect(ids(walked)).not.toContain(dated.id);
        expect(ids(walked).includes(blank.id)).toBe(blank.id > position);
        expect(walked.length).toBe(before.length + (blank.id > position ? 1 : 0));
      }
    });
  });

  describe('bookmarks: a client reads its own import on any replica', () => {
    const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const SOURCE = 'query Source($id: ID!) { node(id: $id) { id ... on Source { url } } }';

    it('an import answers with its bookmarks (extension and header); a read that sends them sees the import', async () => {
      const article = { ...ARTICLE, url: 'https://baobacgiang.vn/tin-thu-nghiem-bookmark.html', text: `${ARTICLE.text}\nBài viết thử dấu trang.` };
      const res = await post(IMPORT, { input: article }, auth);
      const body = (await res.json()) as { data: { importArticle: { source: { id: string } } }; extensions?: { bookmarks?: string[] } };
      const bookmarks = body.extensions?.bookmarks ?? [];
      expect(bookmarks.length).toBeGreaterThan(0);
      for (const b of bookmarks) expect(typeof b).toBe('string');
      expect(res.headers.get('x-neo4j-bookmarks')).toBe(bookmarks.join(', '));

      const read = await post(SOURCE, { id: body.data.importArticle.source.id }, { 'x-neo4j-bookmarks': bookmarks.join(', ') });
      const readBody = (await read.json()) as { data: { node: { id: string; url: string } }; extensions?: unknown };
      expect(read.status).toBe(200);
      expect(readBody.data.node).toEqual({ id: body.data.importArticle.source.id, url: article.url });
      // Reads change nothing: they hand out no bookmarks.
      expect(readBody.extensions).toBeUndefined();
      expect(read.headers.get('x-neo4j-bookmarks')).toBeNull();
    });

    it.each([
      ['a bookmark with spaces and quotes', 'FB:abc "def"'],
      // Shorter than Neo4j's prefix: Neo4j itself fails on these with an internal error.
      ['a bookmark with no prefix', 'ab'],
      ['a list of one-letter bookmarks', 'x,y'],
      ['a good bookmark and a bad one', 'FB:kcwQQHhFgbeZTki9VHA8DsJu2S+Q,zz'],
      ['too many bookmarks', Array.from({ length: 17 }, (_, i) => `FB:b${i}`).join(',')],
    ])('refuses %s with 400 naming the header, running nothing', async (_label, header) => {
      const res = await post(SOURCE, { id: 'src_none' }, { 'x-neo4j-bookmarks': header });
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(res.status).toBe(400);
      expect(body.errors[0]!.message).toContain('x-neo4j-bookmarks');
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'x-neo4j-bookmarks' });
    });

    it('refuses a well-formed bookmark Neo4j does not know with BAD_USER_INPUT naming the header', async () => {
      // A well-formed id, so that the read reaches Neo4j with the bookmark.
      const res = await post(SOURCE, { id: 'doc_675214e68534171946c6' }, { 'x-neo4j-bookmarks': 'FB:not-a-real-bookmark' });
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'x-neo4j-bookmarks' });
    });
  });

  describe('npm run ingest (the built CLI)', () => {
    /** Runs dist/cli/ingest.js (npm test builds first) on `targets` against this file's Neo4j. */
    const ingest = (targets: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [path.resolve(__dirname, '..', '..', 'dist', 'cli', 'ingest.js'), ...targets], {
          env: { PATH: process.env.PATH, NEO4J_URI: neo4j.uri, LOG_LEVEL: 'warn' },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });

    it('imports the good files of a folder and names each bad one, exiting 1; a Windows copy of an article changes nothing', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'vankien-ingest-'));
      mkdirSync(path.join(dir, 'more'));
      const text = ARTICLE.text.replace('Bắc Giang', 'Bắc Ninh').replace('245-KH/TU', '246-KH/TU');
      writeFileSync(path.join(dir, 'a-broken.json'), '{"text": "Ban Thường vụ Tỉnh ủy');
      writeFileSync(path.join(dir, 'b-number.json'), JSON.stringify({ text: 42 }));
      writeFileSync(path.join(dir, 'c-empty-list.json'), '[]');
      writeFileSync(path.join(dir, 'd-good.txt'), text);
      writeFileSync(path.join(dir, 'more', 'e-bad-meta.txt'), text);
      writeFileSync(path.join(dir, 'more', 'e-bad-meta.meta.json'), '{"url": ');
      const before = await countGraph(db);
      const first = await ingest([dir]);
      expect(first.code).toBe(1);
      expect(first.stderr).toContain('4 of 5 failed (the others were imported)');
      expect(first.stderr).toMatch(/a-broken\.json: is not valid JSON \(/);
      expect(first.stderr).toContain('b-number.json: text: must be a string, got number');
      expect(first.stderr).toContain('c-empty-list.json: holds an empty list: no article to import');
      expect(first.stderr).toMatch(/e-bad-meta\.txt: .*JSON/);
      const after = await countGraph(db);
      expect(after.nodes).toBeGreaterThan(before.nodes);
      const { data } = await gql<{ documents: { nodes: Array<{ code: string }> } }>(server, '{ documents(code: "246-KH/TU") { nodes { code } } }');
      expect(data?.documents.nodes.map((d) => d.code)).toEqual(['246-KH/TU']);

      // The same article with Windows line ends and a byte order mark, without a url: the same text, nothing new.
      const windows = path.join(dir, 'windows.txt');
      writeFileSync(windows, `\uFEFF${text.replace(/\n/g, '\r\n')}`);
      const again = await ingest([path.join(dir, 'd-good.txt'), windows]);
      expect(again.stderr).not.toContain('failed');
      expect(again.code).toBe(0);
      expect(await countGraph(db)).toEqual(after);
    });
  });
});
