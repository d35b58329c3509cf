import { gql, startTestServer, type TestServer } from '../utils/graph';
import * as ids from '../utils/seed-ids';

const { SEED_URL } = ids;

/**
 * Every fact of the seed article (shared/domain.md, "The seed article"), asked through GraphQL as a client would.
 * The values come from the article; the graph must hold each one with its evidence.
 */
const DUK = 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn';

describe('the seed article, through the API', () => {
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

  const orgId = async (name: string): Promise<string> => {
    const data = await ok('query($n: String) { organizations(name: $n) { nodes { id name } } }', { n: name });
    const match = data.organizations.nodes.find((o: { name: string }) => o.name === name);
    expect(match).toBeDefined();
    return match.id;
  };

  it('30-CT/TW: one directive of 2024-02-05 by the Ban Bí thư, term XIII, implemented by the Đảng ủy Khối with the quote', async () => {
    const data = await ok(`{ documents(code: "30-CT/TW") { totalCount nodes {
      code kind typeName title issuedOn term issuer { name aliases }
      implementations { actions organization { name } sources { quote source { url author publisher } } } } } }`);
    expect(data.documents.totalCount).toBe(1);
    const [doc] = data.documents.nodes;
    expect(doc).toMatchObject({
      code: '30-CT/TW',
      kind: 'DIRECTIVE',
      typeName: 'Chỉ thị',
      title: 'về công tác tuyên truyền miệng trong tình hình mới',
      issuedOn: '2024-02-05',
      term: 'XIII',
      issuer: { name: 'Ban Bí thư Trung ương Đảng' },
    });
    expect(doc.issuer.aliases).toContain('Ban Bí thư');
    expect(doc.implementations).toHaveLength(1);
    const [impl] = doc.implementations;
    expect(impl.organization.name).toBe(DUK);
    expect(impl.actions).toEqual(['tiếp tục cụ thể hóa', 'triển khai thực hiện']);
    expect(impl.sources).toHaveLength(1);
    expect(impl.sources[0].source).toEqual({ url: SEED_URL, author: 'Đăng Thùy', publisher: 'Báo Lạng Sơn' });
    expect(impl.sources[0].quote).toMatch(/^Trong 6 tháng cuối năm 2024, Đảng ủy Khối các cơ quan tỉnh tiếp tục cụ thể hóa, triển khai thực hiện Chỉ thị số 30-CT\/TW ngày 5\/2\/2024 của Ban Bí thư Trung ương Đảng khóa XIII/);
  });

  it.each(['30/CT-TW', '30 ct tw', '30 - CT/ TW', '30–CT/TW'])('finds 30-CT/TW spelled "%s"', async (spelling) => {
    const data = await ok('query($c: String) { documents(code: $c) { totalCount nodes { code } } }', { c: spelling });
    expect(data.documents).toEqual({ totalCount: 1, nodes: [{ code: '30-CT/TW' }] });
  });

  it('155-NQ/TU: a resolution of 2024-05-04 by the Ban Chấp hành Đảng bộ tỉnh, known as "Tỉnh ủy", implemented by the Đảng ủy Khối', async () => {
    const data = await ok(`{ documents(code: "155-NQ/TU") { totalCount nodes {
      kind title issuedOn issuer { name aliases province }
      implementations { actions organization { name } sources { quote } }
      meetings { date title } } } }`);
    expect(data.documents.totalCount).toBe(1);
    const [doc] = data.documents.nodes;
    expect(doc).toMatchObject({
      kind: 'RESOLUTION',
      issuedOn: '2024-05-04',
      title: 'về đổi mới, nâng cao hiệu quả công tác giáo dục chính trị, tư tưởng trên địa bàn tỉnh đến năm 2030 và những năm tiếp theo',
      issuer: { name: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', province: 'Lạng Sơn' },
    });
    expect(doc.issuer.aliases).toEqual(expect.arrayContaining(['Tỉnh ủy', 'Tỉnh ủy Lạng Sơn', 'Ban Chấp hành Đảng bộ tỉnh']));
    expect(doc.implementations).toHaveLength(1);
    expect(doc.implementations[0].organization.name).toBe(DUK);
    expect(doc.implementations[0].actions).toEqual(['quán triệt', 'tiếp tục cụ thể hóa', 'triển khai thực hiện']);
    expect(doc.implementations[0].sources.map((s: { quote: string }) => s.quote.slice(0, 40))).toEqual([
      'Tiếp đó, lãnh đạo Đảng ủy Khối CCQ tỉnh ',
      'Trong 6 tháng cuối năm 2024, Đảng ủy Khố',
    ]);
    expect(doc.meetings).toEqual([
      { date: '2024-08-08', title: 'Hội nghị báo cáo viên, tuyên truyền viên quý II và sơ kết công tác tuyên truyền 6 tháng đầu năm 2024' },
    ]);
  });

  it('the Nghị quyết Hội nghị Trung ương 8, khóa XIII is known by name only, with no code', async () => {
    const id = await orgId(DUK);
    const data = await ok('query($id: ID!) { node(id: $id) { ... on Organization { implementations { document { code name kind term issuer { name } } actions } } } }', { id });
    const byName = data.node.implementations.find((i: { document: { code: string | null } }) => i.document.code === null);
    expect(byName).toEqual({
      document: { code: null, name: 'Nghị quyết Hội nghị Trung ương 8, khóa XIII', kind: 'RESOLUTION', term: 'XIII', issuer: { name: 'Ban Chấp hành Trung ương Đảng' } },
      actions: ['tuyên truyền'],
    });
  });

  it('the meeting of 2024-08-08, organized by the Đảng ủy Khối, with two speakers named by role and their topics', async () => {
    const data = await ok(`{ meetings(from: "2024-08-08", to: "2024-08-08") { totalCount nodes {
      title date organizer { name }
      speeches { topic speaker { name role organization { name } } }
      documents { code } sources { quote source { url } } } } }`);
    expect(data.meetings.totalCount).toBe(1);
    const [meeting] = data.meetings.nodes;
    expect(meeting.organizer.name).toBe(DUK);
    expect(meeting.documents).toEqual([{ code: '155-NQ/TU' }]);
    expect(meeting.sources[0]).toEqual({
      quote: 'Sáng 8/8, Đảng ủy Khối các cơ quan (CCQ) tỉnh tổ chức hội nghị báo cáo viên, tuyên truyền viên quý II thông tin tình hình, chủ trương, chính sách mới và Sơ kết công tác tuyên truyền 6 tháng đầu năm 2024.',
      source: { url: SEED_URL },
    });
    const speeches = [...meeting.speeches].sort((a, b) => a.speaker.role.localeCompare(b.speaker.role));
    expect(speeches).toEqual([
      {
        topic: 'quán triệt Nghị quyết số 155-NQ/TU về đổi mới, nâng cao hiệu quả công tác giáo dục chính trị, tư tưởng trên địa bàn tỉnh đến năm 2030 và những năm tiếp theo',
        speaker: { name: null, role: 'Lãnh đạo Đảng ủy Khối các cơ quan tỉnh', organization: { name: DUK } },
      },
      {
        topic: 'công tác quy hoạch tỉnh',
        speaker: { name: null, role: 'Lãnh đạo Sở Kế hoạch và Đầu tư', organization: { name: 'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn' } },
      },
    ]);
  });

  it('all eight figures, with Vietnamese numbers read right, qualifiers, targets and periods', async () => {
    const id = await orgId(DUK);
    const data = await ok('query($id: ID!) { node(id: $id) { ... on Organization { figures { value unit qualifier isTarget periodStart periodEnd sources { quote } } } } }', { id });
    const figures = data.node.figures.map((f: { value: number; unit: string; qualifier: string; isTarget: boolean; periodStart: string }) => [f.value, f.unit, f.qualifier, f.isTarget, f.periodStart]);
    expect(figures.sort((a: number[], b: number[]) => a[0]! - b[0]!)).toEqual([
      [4, 'hoạt động tuyên truyền miệng', 'AT_LEAST', true, '2024-01-01'],
      [47, 'hội nghị', 'EXACT', false, '2024-01-01'],
      [100, '%', 'EXACT', true, '2024-07-01'],
      [109, 'hội nghị', 'EXACT', false, '2024-01-01'],
      [559, 'kỳ sinh hoạt chi bộ', 'EXACT', false, '2024-01-01'],
      [1250, 'cuộc', 'APPROXIMATE', false, '2024-01-01'],
      [14600, 'lượt cán bộ, đảng viên', 'EXACT', false, '2024-01-01'],
      [41000, 'lượt cán bộ, đảng viên, quần chúng', 'MORE_THAN', false, '2024-01-01'],
    ]);
    for (const f of data.node.figures) expect(f.sources).toHaveLength(1);
  });

  it('the Đảng bộ Khối CCQ tỉnh Lạng Sơn was founded on 1954-09-27 and is led by the Đảng ủy Khối', async () => {
    const id = await orgId('Đảng bộ Khối các cơ quan tỉnh Lạng Sơn');
    const data = await ok('query($id: ID!) { node(id: $id) { ... on Organization { foundedOn kind aliases ledBy { name } sources { quote } } } }', { id });
    expect(data.node).toMatchObject({ foundedOn: '1954-09-27', kind: 'PARTY_ORGANIZATION', ledBy: [{ name: DUK }] });
    expect(data.node.aliases).toContain('Đảng bộ Khối CCQ tỉnh');
    expect(data.node.sources[0].quote).toContain('(27/9/1954-27/9/2024)');
  });

  it('resolves the spellings met to one body each, in their hierarchy', async () => {
    const id = await orgId(DUK);
    const data = await ok('query($id: ID!) { node(id: $id) { ... on Organization { aliases province parent { name parent { name } } leads { name } } } }', { id });
    expect(data.node.aliases).toEqual(expect.arrayContaining(['Đảng ủy Khối CCQ tỉnh', 'Đảng ủy Khối các cơ quan (CCQ) tỉnh', 'Đảng ủy Khối các cơ quan tỉnh']));
    expect(data.node).toMatchObject({ province: 'Lạng Sơn', parent: { name: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', parent: null }, leads: [{ name: 'Đảng bộ Khối các cơ quan tỉnh Lạng Sơn' }] });
    for (const spelling of ['Đảng ủy Khối CCQ tỉnh', 'dang uy khoi cac co quan', 'ĐẢNG ỦY KHỐI CCQ']) {
      const found = await ok('query($n: String) { organizations(name: $n) { nodes { name } } }', { n: spelling });
      expect(found.organizations.nodes.map((o: { name: string }) => o.name)).toContain(DUK);
    }
    const bbt = await ok('{ organizations(name: "Ban Bí thư") { nodes { name parent { name } } } }');
    expect(bbt.organizations.nodes).toEqual([{ name: 'Ban Bí thư Trung ương Đảng', parent: { name: 'Ban Chấp hành Trung ương Đảng' } }]);
    const so = await ok('{ organizations(name: "Sở Kế hoạch và Đầu tư") { nodes { name parent { name children { name } } } } }');
    expect(so.organizations.nodes).toEqual([
      { name: 'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn', parent: { name: 'Ủy ban nhân dân tỉnh Lạng Sơn', children: [{ name: 'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn' }] } },
    ]);
  });

  it('the source: url, author Đăng Thùy, publisher, title, reachable with node(id)', async () => {
    const data = await ok('{ documents(code: "30-CT/TW") { nodes { sources { source { id } } } } }');
    const id = data.documents.nodes[0].sources[0].source.id;
    const source = await ok('query($id: ID!) { node(id: $id) { __typename ... on Source { url author publisher title publishedOn } } }', { id });
    expect(source.node).toEqual({
      __typename: 'Source',
      url: SEED_URL,
      author: 'Đăng Thùy',
      publisher: 'Báo Lạng Sơn',
      title: 'Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị báo cáo viên, tuyên truyền viên quý II và sơ kết công tác tuyên truyền 6 tháng đầu năm 2024',
      publishedOn: null,
    });
  });

  it('keeps the ids other tests and the docs name: ids are deterministic across machines and re-imports', async () => {
    const data = await ok(`{
      duk: node(id: "${ids.DUK}") { ... on Organization { name } }
      bbt: node(id: "${ids.BBT}") { ... on Organization { name } }
      tinhUy: node(id: "${ids.TINH_UY}") { ... on Organization { name } }
      ct30: node(id: "${ids.CT30}") { ... on Document { code } }
      nq155: node(id: "${ids.NQ155}") { ... on Document { code } }
      meeting: node(id: "${ids.MEETING}") { ... on Meeting { date } }
      speaker: node(id: "${ids.SPEAKER}") { ... on Person { role } }
    }`);
    expect(data).toEqual({
      duk: { name: DUK },
      bbt: { name: 'Ban Bí thư Trung ương Đảng' },
      tinhUy: { name: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn' },
      ct30: { code: '30-CT/TW' },
      nq155: { code: '155-NQ/TU' },
      meeting: { date: '2024-08-08' },
      speaker: { role: 'Lãnh đạo Sở Kế hoạch và Đầu tư' },
    });
  });

  it('every quote the API returns is a sentence of the seed article', async () => {
    const { readFileSync } = await import('node:fs');
    const article = readFileSync(require.resolve('../../seeds/000_3e6ce7b8d4bfa31e.txt'), 'utf8').normalize('NFC');
    // Other test files may add their own sources to the shared database: only the seed's evidence is checked here.
    const data = await ok(`{ documents(first: 20) { nodes { sources { quote source { url } } implementations { sources { quote source { url } } } } }
      meetings(first: 20) { nodes { sources { quote source { url } } speeches { speaker { sources { quote source { url } } } } } } }`);
    const quotes: string[] = [];
    JSON.stringify(data, (key, value) => {
      if (value && typeof value === 'object' && typeof value.quote === 'string' && value.source?.url === SEED_URL) quotes.push(value.quote);
      return value;
    });
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) expect(article).toContain(quote);
  });
});
