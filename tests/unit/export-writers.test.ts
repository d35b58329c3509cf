import { Writable } from 'node:stream';
import {
  buildEdgeAttributesQuery,
  buildEdgeCountQuery,
  buildEdgePageQuery,
  buildNeighborhoodStepQuery,
  buildNodeAttributesQuery,
  buildNodeCountQuery,
  buildNodePageQuery,
  EXPORT_LABELS,
} from '../../src/db/cypher/export';
import { InvalidInputError } from '../../src/domain/errors';
import type { EntityType } from '../../src/domain/ids';
import { csvField, csvRow, writeEdgesCsv, writeNodesCsv } from '../../src/services/export/csv-writer';
import {
  attributeColumns,
  displayLabelOf,
  toExportEdge,
  toExportNode,
  type AttributeColumn,
  type ExportEdge,
  type ExportNode,
} from '../../src/services/export/export-model';
import { exportGraph, type ExportScope, type GraphExportSource } from '../../src/services/export/export-service';
import { escapeXmlAttribute, escapeXmlText, writeGraphml } from '../../src/services/export/graphml-writer';
import { writeJsonGraph } from '../../src/services/export/json-writer';
import { parseCsv, csvObjects } from '../utils/export-csv';
import { childrenNamed, parseXml, type XmlElement } from '../utils/export-xml';

/** A stream that keeps what it is given, optionally slowly, and remembers the most it ever held unwritten. */
class Sink extends Writable {
  chunks: Buffer[] = [];
  maxBuffered = 0;

  constructor(private readonly delayMs?: number, highWaterMark?: number) {
    super(highWaterMark === undefined ? {} : { highWaterMark });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.chunks.push(chunk);
    if (this.delayMs === undefined) callback();
    else setTimeout(callback, this.delayMs);
  }

  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }

  get text(): string {
    return this.bytes.toString('utf8');
  }
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

// "Đảng ủy Khối" in decomposed form (NFD), as text copied from some PDFs arrives.
const VIETNAMESE_NFC = 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn';
const VIETNAMESE_NFD = VIETNAMESE_NFC.normalize('NFD');
const MARKUP = `<b>"Tom" & 'Jerry'</b>`;

const organization: ExportNode = {
  id: 'org_1',
  type: 'Organization',
  label: VIETNAMESE_NFD,
  properties: { name: VIETNAMESE_NFD, aliases: ['Đảng ủy Khối', 'ĐUK, CCQ'], province: MARKUP, foundedOn: '1954-09-27' },
};
const figure: ExportNode = {
  id: 'fig_1',
  type: 'Figure',
  label: '47 hội nghị',
  properties: { value: 47, unit: 'hội nghị', isTarget: false, description: 'line one\nline two\r\nwith\ttab' },
};
const implementation: ExportEdge = {
  source: 'org_1',
  target: 'doc_1',
  type: 'IMPLEMENTS',
  properties: {
    actions: ['tiếp tục cụ thể hóa', 'triển khai thực hiện'],
    evidence: [
      { sourceId: 'src_1', quote: 'Quote one, with "quotes"' },
      { sourceId: 'src_2', quote: 'Quote two' },
    ],
  },
};

const nodeColumns: AttributeColumn[] = [
  { name: 'aliases', property: 'aliases', type: 'string' },
  { name: 'description', property: 'description', type: 'string' },
  { name: 'foundedOn', property: 'foundedOn', type: 'string' },
  { name: 'isTarget', property: 'isTarget', type: 'boolean' },
  { name: 'name', property: 'name', type: 'string' },
  { name: 'province', property: 'province', type: 'string' },
  { name: 'unit', property: 'unit', type: 'string' },
  { name: 'value', property: 'value', type: 'double' },
];
const edgeColumns: AttributeColumn[] = [
  { name: 'actions', property: 'actions', type: 'string' },
  { name: 'evidence', property: 'evidence', type: 'string' },
];

async function graphml(nodes: ExportNode[], edges: ExportEdge[], columns = { nodeColumns, edgeColumns }): Promise<{ text: string; root: XmlElement }> {
  const out = new Sink();
  await writeGraphml({ nodes: each(nodes), edges: each(edges), ...columns, out });
  return { text: out.text, root: parseXml(out.text) };
}

/** The data values of a GraphML node or edge by attr.name. */
function dataByName(root: XmlElement, element: XmlElement): Record<string, string> {
  const keys = new Map(childrenNamed(root, 'key').map((k) => [k.attributes.id!, k.attributes['attr.name']!]));
  return Object.fromEntries(childrenNamed(element, 'data').map((d) => [keys.get(d.attributes.key!)!, d.text]));
}

describe('GraphML writer', () => {
  it('writes a directed GraphML document: declaration, namespace, keys before the graph', async () => {
    const { text, root } = await graphml([organization, figure], [implementation]);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    expect(root.name).toBe('graphml');
    expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(root.children.map((c) => c.name)).toEqual([...Array(4 + nodeColumns.length + edgeColumns.length).fill('key'), 'graph']);
    const [graph] = childrenNamed(root, 'graph');
    expect(graph!.attributes.edgedefault).toBe('directed');
    expect(childrenNamed(graph!, 'node')).toHaveLength(2);
    expect(childrenNamed(graph!, 'edge')).toHaveLength(1);
  });

  it('declares a key for every attribute, with attr.name, attr.type and for="node" or for="edge"', async () => {
    const { root } = await graphml([organization], [implementation]);
    const keys = childrenNamed(root, 'key').map((k) => k.attributes);
    expect(keys.filter((k) => k.for === 'node').map((k) => [k['attr.name'], k['attr.type']])).toEqual([
      ['label', 'string'],
      ['type', 'string'],
      ...nodeColumns.map((c) => [c.name, c.type]),
    ]);
    expect(keys.filter((k) => k.for === 'edge').map((k) => [k['attr.name'], k['attr.type']])).toEqual([
      ['label', 'string'],
      ['type', 'string'],
      ['actions', 'string'],
      ['evidence', 'string'],
    ]);
    expect(keys.find((k) => k.for === 'node' && k['attr.name'] === 'label')!.id).toBe('label');
    expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
    // Gephi maps key ids d3/d7 (yEd's label keys), size, color… to drawing properties: property keys must not use them.
    expect(keys.map((k) => k.id)).not.toEqual(expect.arrayContaining(['d3', 'd7', 'size', 'color', 'weight']));
  });

  it('uses only declared keys, each on the kind of element it was declared for', async () => {
    const { root } = await graphml([organization, figure], [implementation]);
    const declared = new Map(childrenNamed(root, 'key').map((k) => [k.attributes.id!, k.attributes.for!]));
    const [graph] = childrenNamed(root, 'graph');
    for (const element of graph!.children) {
      for (const data of childrenNamed(element, 'data')) expect(declared.get(data.attributes.key!)).toBe(element.name);
    }
  });

  it('gives every node its label and type, and every edge the relationship type as label and type', async () => {
    const { root } = await graphml([organization, figure], [implementation]);
    const [graph] = childrenNamed(root, 'graph');
    const [org, fig] = childrenNamed(graph!, 'node');
    expect(dataByName(root, org!)).toMatchObject({ label: VIETNAMESE_NFC, type: 'Organization' });
    expect(dataByName(root, fig!)).toMatchObject({ label: '47 hội nghị', type: 'Figure', value: '47', isTarget: 'false' });
    const [edge] = childrenNamed(graph!, 'edge');
    expect(edge!.attributes).toMatchObject({ source: 'org_1', target: 'doc_1' });
    expect(dataByName(root, edge!)).toMatchObject({ label: 'IMPLEMENTS', type: 'IMPLEMENTS' });
  });

  it('escapes < > & " \' in text and attributes so that they read back unchanged', async () => {
    expect(escapeXmlText(MARKUP)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;');
    expect(escapeXmlAttribute('a"b\'c<d>e&f')).toBe('a&quot;b&apos;c&lt;d&gt;e&amp;f');
    const odd: ExportNode = { id: `x"<&>'y`, type: 'Organization', label: MARKUP, properties: {} };
    const { root } = await graphml([odd], [{ source: odd.id, target: odd.id, type: 'PART_OF', properties: {} }]);
    const [graph] = childrenNamed(root, 'graph');
    const [node] = childrenNamed(graph!, 'node');
    expect(node!.attributes.id).toBe(odd.id);
    expect(dataByName(root, node!).label).toBe(MARKUP);
    expect(childrenNamed(graph!, 'edge')[0]!.attributes).toMatchObject({ source: odd.id, target: odd.id });
  });

  it('writes Vietnamese text as UTF-8 in NFC, whatever form it arrived in', async () => {
    const out = new Sink();
    await writeGraphml({ nodes: each([organization]), edges: each([]), nodeColumns, edgeColumns, out });
    expect(out.bytes.includes(Buffer.from(VIETNAMESE_NFC, 'utf8'))).toBe(true);
    expect(out.bytes.includes(Buffer.from(VIETNAMESE_NFD, 'utf8'))).toBe(false);
    const root = parseXml(out.text);
    expect(dataByName(root, childrenNamed(childrenNamed(root, 'graph')[0]!, 'node')[0]!).name).toBe(VIETNAMESE_NFC);
  });

  it('keeps line breaks and tabs (CR as a reference) and replaces characters XML cannot hold with U+FFFD', async () => {
    expect(escapeXmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc');
    expect(escapeXmlAttribute('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c');
    expect(escapeXmlText('bell\u0007 unpaired\uD800 pair😀')).toBe('bell\uFFFD unpaired\uFFFD pair😀');
    const { root } = await graphml([figure], []);
    expect(dataByName(root, childrenNamed(childrenNamed(root, 'graph')[0]!, 'node')[0]!).description).toBe('line one\nline two\r\nwith\ttab');
  });

  it('joins lists with " | ", writes evidence as its quotes, and leaves out values that do not fit the declared type', async () => {
    const mistyped: ExportNode = { ...figure, id: 'fig_2', properties: { value: 'about fifty', isTarget: 'yes' } };
    const { root } = await graphml([organization, mistyped], [implementation]);
    const [graph] = childrenNamed(root, 'graph');
    const [org, fig] = childrenNamed(graph!, 'node');
    expect(dataByName(root, org!).aliases).toBe('Đảng ủy Khối | ĐUK, CCQ');
    expect(dataByName(root, fig!)).not.toHaveProperty('value');
    expect(dataByName(root, fig!)).not.toHaveProperty('isTarget');
    expect(dataByName(root, childrenNamed(graph!, 'edge')[0]!)).toMatchObject({
      actions: 'tiếp tục cụ thể hóa | triển khai thực hiện',
      evidence: 'Quote one, with "quotes" | Quote two',
    });
  });

  it('writes an empty graph as a valid document', async () => {
    const { root } = await graphml([], [], { nodeColumns: [], edgeColumns: [] });
    expect(childrenNamed(childrenNamed(root, 'graph')[0]!, 'node')).toHaveLength(0);
  });

  it('waits for a slow stream to drain instead of buffering the whole graph', async () => {
    const out = new Sink(1, 16 * 1024);
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...organization, id: `org_${i}` }));
    await writeGraphml({ nodes: each(many), edges: each([]), nodeColumns, edgeColumns, out });
    expect(out.bytes.length).toBeGreaterThan(1_500_000);
    expect(out.maxBuffered).toBeLessThan(200_000);
    expect(childrenNamed(childrenNamed(parseXml(out.text), 'graph')[0]!, 'node')).toHaveLength(5000);
  });

  it('fails, rather than hangs, when the stream breaks during the export', async () => {
    const out = new Sink(1, 1024);
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...organization, id: `org_${i}` }));
    setTimeout(() => out.destroy(new Error('disk full')), 5);
    await expect(writeGraphml({ nodes: each(many), edges: each([]), nodeColumns, edgeColumns, out })).rejects.toThrow(/disk full|closed/);
  });
});

describe('CSV writer', () => {
  it('quotes, as RFC 4180 says, only fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('')).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(`<>&'`)).toBe(`<>&'`);
    expect(csvRow(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  it('writes nodes.csv with id,type,label then the property columns, reading back field for field', async () => {
    const out = new Sink();
    const count = await writeNodesCsv({ nodes: each([organization, figure]), columns: nodeColumns, out });
    expect(count).toBe(2);
    const [header, ...rows] = parseCsv(out.text);
    expect(header).toEqual(['id', 'type', 'label', ...nodeColumns.map((c) => c.name)]);
    expect(rows).toHaveLength(2);
    const [org, fig] = csvObjects(out.text);
    expect(org).toMatchObject({
      id: 'org_1',
      type: 'Organization',
      label: VIETNAMESE_NFC,
      name: VIETNAMESE_NFC,
      aliases: 'Đảng ủy Khối | ĐUK, CCQ',
      province: MARKUP,
      foundedOn: '1954-09-27',
      value: '',
    });
    expect(fig).toMatchObject({ value: '47', isTarget: 'false', description: 'line one\nline two\r\nwith\ttab' });
  });

  it('writes edges.csv with source,target,type,label (Gephi reads type as the direction, label is shown) and evidence as quotes', async () => {
    const out = new Sink();
    await writeEdgesCsv({ edges: each([implementation]), columns: edgeColumns, out });
    expect(parseCsv(out.text)[0]).toEqual(['source', 'target', 'type', 'label', 'actions', 'evidence']);
    expect(csvObjects(out.text)).toEqual([
      {
        source: 'org_1',
        target: 'doc_1',
        type: 'IMPLEMENTS',
        label: 'IMPLEMENTS',
        actions: 'tiếp tục cụ thể hóa | triển khai thực hiện',
        evidence: 'Quote one, with "quotes" | Quote two',
      },
    ]);
  });

  it('is plain UTF-8 in NFC, without a byte order mark, with CRLF line ends', async () => {
    const out = new Sink();
    await writeNodesCsv({ nodes: each([organization]), columns: nodeColumns, out });
    expect(out.bytes[0]).toBe('i'.charCodeAt(0));
    expect(out.bytes.includes(Buffer.from(VIETNAMESE_NFC, 'utf8'))).toBe(true);
    expect(out.bytes.includes(Buffer.from(VIETNAMESE_NFD, 'utf8'))).toBe(false);
    expect(out.text.endsWith('\r\n')).toBe(true);
  });

  it('writes the header alone for no rows', async () => {
    const out = new Sink();
    expect(await writeEdgesCsv({ edges: each([]), columns: [], out })).toBe(0);
    expect(out.text).toBe('source,target,type,label\r\n');
  });
});

describe('JSON writer', () => {
  it('writes {nodes, edges} with properties as they are: lists as lists, evidence as {sourceId, quote}, text in NFC', async () => {
    const out = new Sink();
    const counts = await writeJsonGraph({ nodes: each([organization, figure]), edges: each([implementation]), out });
    expect(counts).toEqual({ nodes: 2, edges: 1 });
    const graph = JSON.parse(out.text);
    expect(graph.nodes[0]).toEqual({
      id: 'org_1',
      type: 'Organization',
      label: VIETNAMESE_NFC,
      properties: { name: VIETNAMESE_NFC, aliases: ['Đảng ủy Khối', 'ĐUK, CCQ'], province: MARKUP, foundedOn: '1954-09-27' },
    });
    expect(graph.nodes[1].properties).toMatchObject({ value: 47, isTarget: false });
    expect(graph.edges).toEqual([implementation]);
    expect(out.text.split('\n').length).toBeGreaterThan(4);
  });

  it('writes an empty graph as empty lists', async () => {
    const out = new Sink();
    await writeJsonGraph({ nodes: each([]), edges: each([]), out });
    expect(JSON.parse(out.text)).toEqual({ nodes: [], edges: [] });
  });
});

describe('export records', () => {
  it.each([
    ['Document', { code: '30-CT/TW', name: 'Chỉ thị số 30-CT/TW' }, '30-CT/TW'],
    ['Document', { name: 'Nghị quyết Hội nghị Trung ương 8' }, 'Nghị quyết Hội nghị Trung ương 8'],
    ['Organization', { name: 'Ban Bí thư' }, 'Ban Bí thư'],
    ['Meeting', { title: 'Hội nghị báo cáo viên' }, 'Hội nghị báo cáo viên'],
    ['Person', { role: 'Phó Bí thư' }, 'Phó Bí thư'],
    ['Person', { name: 'Nguyễn Văn A', role: 'Phó Bí thư' }, 'Nguyễn Văn A'],
    ['Figure', { value: 95.5, unit: '%' }, '95.5 %'],
    ['Figure', { value: 47 }, '47'],
    ['Source', { url: 'https://baolangson.vn/x' }, 'https://baolangson.vn/x'],
    ['Source', { title: 'Đảng ủy Khối…', url: 'https://baolangson.vn/x' }, 'Đảng ủy Khối…'],
    ['Meeting', {}, 'mtg_1'],
  ])('labels a %s with %p as %p', (type, properties, label) => {
    expect(displayLabelOf(type, properties, 'mtg_1')).toBe(label);
  });

  it('drops the id and internal lookup properties from a node, in key order', () => {
    const node = toExportNode({
      id: 'org_1',
      label: 'Organization',
      properties: { name: 'Ban Bí thư', id: 'org_1', searchText: 'ban bi thu', nameKey: 'ban bi thu', aliasKeys: ['x'], aliases: [] },
    });
    expect(node).toEqual({ id: 'org_1', type: 'Organization', label: 'Ban Bí thư', properties: { aliases: [], name: 'Ban Bí thư' } });
    expect(Object.keys(node.properties)).toEqual(['aliases', 'name']);
  });

  it('splits evidence entries into {sourceId, quote}, and gives MENTIONED_IN quotes their target as source', () => {
    expect(toExportEdge({ source: 'org_1', target: 'doc_1', type: 'IMPLEMENTS', properties: { evidence: ['src_1\u001fQuote'], actions: ['a'] } })).toEqual({
      source: 'org_1',
      target: 'doc_1',
      type: 'IMPLEMENTS',
      properties: { actions: ['a'], evidence: [{ sourceId: 'src_1', quote: 'Quote' }] },
    });
    expect(toExportEdge({ source: 'org_1', target: 'src_9', type: 'MENTIONED_IN', properties: { quotes: ['One', 'Two'] } }).properties).toEqual({
      quotes: [
        { sourceId: 'src_9', quote: 'One' },
        { sourceId: 'src_9', quote: 'Two' },
      ],
    });
  });

  it('makes one column per property key, sorted, typed by the widest Cypher type found, renaming clashes with fixed columns', () => {
    expect(
      attributeColumns({
        found: [
          { key: 'value', valueType: 'INTEGER NOT NULL' },
          { key: 'value', valueType: 'FLOAT NOT NULL' },
          { key: 'isTarget', valueType: 'BOOLEAN NOT NULL' },
          { key: 'issuedOn', valueType: 'DATE NOT NULL' },
          { key: 'aliases', valueType: 'LIST<STRING NOT NULL> NOT NULL' },
          { key: 'count', valueType: 'INTEGER NOT NULL' },
          { key: 'mixed', valueType: 'INTEGER NOT NULL' },
          { key: 'mixed', valueType: 'STRING NOT NULL' },
          { key: 'label', valueType: 'STRING NOT NULL' },
          { key: 'hidden', valueType: 'STRING NOT NULL' },
        ],
        fixed: ['id', 'type', 'label'],
        skip: ['hidden'],
      }),
    ).toEqual([
      { name: 'aliases', property: 'aliases', type: 'string' },
      { name: 'count', property: 'count', type: 'long' },
      { name: 'isTarget', property: 'isTarget', type: 'boolean' },
      { name: 'issuedOn', property: 'issuedOn', type: 'string' },
      { name: 'prop_label', property: 'label', type: 'string' },
      { name: 'mixed', property: 'mixed', type: 'string' },
      { name: 'value', property: 'value', type: 'double' },
    ]);
  });
});

/** A graph source in memory, paging as the real reader does. */
function fakeSource({
  nodes,
  edges,
  neighborhood = null,
}: {
  nodes: Array<{ id: string; label: EntityType; properties: Record<string, unknown> }>;
  edges: Array<{ source: string; target: string; type: string; properties: Record<string, unknown> }>;
  neighborhood?: Array<{ id: string; label: EntityType }> | null;
}): GraphExportSource & { omitted: Map<string, readonly string[]> } {
  const omitted = new Map<string, readonly string[]>();
  const inScope = (scope: ExportScope, id: string) => scope.kind === 'graph' || scope.nodes.some((n) => n.id === id);
  return {
    omitted,
    neighborhood: async () => neighborhood,
    countNodes: async (scope) => nodes.filter((n) => inScope(scope, n.id)).length,
    countEdges: async () => edges.length,
    nodeAttributes: async () => nodes.flatMap((n) => Object.keys(n.properties).map((key) => ({ label: n.label, key, valueType: 'STRING NOT NULL' }))),
    edgeAttributes: async () => edges.flatMap((e) => Object.keys(e.properties).map((key) => ({ key, valueType: 'STRING NOT NULL' }))),
    async *nodePages({ scope, pageSize, omit }) {
      const rows = nodes
        .filter((n) => inScope(scope, n.id))
        .map((n) => {
          omitted.set(n.label, omit(n.label));
          return { ...n, properties: Object.fromEntries(Object.entries(n.properties).filter(([k]) => !omit(n.label).includes(k))) };
        });
      for (let i = 0; i < rows.length; i += pageSize) yield rows.slice(i, i + pageSize);
    },
    async *edgePages({ pageSize }) {
      for (let i = 0; i < edges.length; i += pageSize) yield edges.slice(i, i + pageSize);
    },
  };
}

describe('exportGraph', () => {
  const source = () =>
    fakeSource({
      nodes: [
        { id: 'src_1', label: 'Source', properties: { title: 'Bài báo', text: 'Toàn văn bài báo', searchText: 'bai bao' } },
        { id: 'org_1', label: 'Organization', properties: { name: 'Tỉnh ủy' } },
      ],
      edges: [
        { source: 'org_1', target: 'src_1', type: 'MENTIONED_IN', properties: { quotes: ['Tỉnh ủy'] } },
        // Its start was created after the nodes were read.
        { source: 'org_new', target: 'src_1', type: 'MENTIONED_IN', properties: { quotes: ['Mới'] } },
      ],
    });

  it('leaves out relationships to entities it did not write, reporting progress after every page', async () => {
    const out = new Sink();
    const progress: string[] = [];
    const summary = await exportGraph({
      source: source(),
      output: { format: 'json', out },
      pageSize: 1,
      onProgress: (p) => progress.push(`${p.step} ${p.done}/${p.total}`),
    });
    expect(summary).toEqual({ nodes: 2, edges: 1, skippedEdges: 1 });
    const graph = JSON.parse(out.text);
    expect(graph.nodes.map((n: ExportNode) => n.id)).toEqual(['src_1', 'org_1']);
    expect(graph.edges).toHaveLength(1);
    expect(progress).toEqual(['nodes 0/2', 'nodes 1/2', 'nodes 2/2', 'edges 0/2', 'edges 1/2', 'edges 1/2']);
  });

  it('keeps Source.text in JSON only, and internal properties nowhere', async () => {
    const json = source();
    const out = new Sink();
    await exportGraph({ source: json, output: { format: 'json', out } });
    expect(JSON.parse(out.text).nodes[0].properties).toEqual({ title: 'Bài báo', text: 'Toàn văn bài báo' });
    expect(json.omitted.get('Source')).toEqual(expect.arrayContaining(['id', 'searchText', 'nameKey', 'aliasKeys']));
    expect(json.omitted.get('Source')).not.toContain('text');

    const csv = source();
    const nodesOut = new Sink();
    await exportGraph({ source: csv, output: { format: 'csv', nodesOut, edgesOut: new Sink() } });
    expect(csv.omitted.get('Source')).toContain('text');
    expect(parseCsv(nodesOut.text)[0]).toEqual(['id', 'type', 'label', 'name', 'title']);

    const xml = new Sink();
    await exportGraph({ source: source(), output: { format: 'graphml', out: xml } });
    expect(childrenNamed(parseXml(xml.text), 'key').map((k) => k.attributes['attr.name'])).not.toContain('text');
  });

  it.each([
    [{ id: 'not-an-id', hops: 1, limit: 10 }, 'from: "not-an-id" is not an entity id'],
    [{ id: 'doc_0123456789abcdef0123', hops: 0, limit: 10 }, 'hops: must be a whole number from 1 to 3, got 0'],
    [{ id: 'doc_0123456789abcdef0123', hops: 4, limit: 10 }, 'hops: must be a whole number from 1 to 3, got 4'],
    [{ id: 'doc_0123456789abcdef0123', hops: 1.5, limit: 10 }, 'hops: must be a whole number from 1 to 3, got 1.5'],
    [{ id: 'doc_0123456789abcdef0123', hops: 1, limit: 0 }, 'limit: must be a whole number from 1 to 100000, got 0'],
    [{ id: 'doc_0123456789abcdef0123', hops: 1, limit: 10 }, 'from: no entity has id "doc_0123456789abcdef0123"'],
  ])('refuses the neighbourhood %p: %s', async (neighborhood, message) => {
    const out = new Sink();
    const attempt = exportGraph({ source: source(), output: { format: 'json', out }, neighborhood });
    await expect(attempt).rejects.toThrow(InvalidInputError);
    await expect(exportGraph({ source: source(), output: { format: 'json', out }, neighborhood })).rejects.toThrow(message);
    expect(out.chunks).toHaveLength(0);
  });
});

describe('export Cypher builders', () => {
  it('page entities by id with a keyset, values only in params', () => {
    const q = buildNodePageQuery({ label: 'Organization', omit: ['searchText'], after: "org_1' OR 1=1", limit: 500 });
    expect(q.cypher).toBe(`MATCH (n:Organization)
WHERE n.id > $after AND NOT any(l IN labels(n) WHERE l IN $earlier)
RETURN n.id AS id, [k IN keys(n) WHERE NOT k IN $omit | [k, n[k]]] AS properties
ORDER BY id
LIMIT toInteger($limit)`);
    expect(q.params).toEqual({ after: "org_1' OR 1=1", limit: 500, omit: ['searchText'], earlier: ['Document'] });
  });

  it('page relationships by start id then elementId, so that one start node may span pages', () => {
    const q = buildEdgePageQuery({ label: 'Person', after: { id: 'per_1', key: '5:abc:7' }, limit: 100 });
    expect(q.cypher).toContain('MATCH (n:Person)-[r]->(m:Document|Organization|Meeting|Person|Figure|Source)');
    expect(q.cypher).toContain('WHERE n.id >= $afterId AND (n.id > $afterId OR elementId(r) > $afterKey)');
    expect(q.cypher).toContain('ORDER BY source, key\nLIMIT toInteger($limit)');
    expect(q.params).toEqual({ afterId: 'per_1', afterKey: '5:abc:7', limit: 100, earlier: ['Document', 'Organization', 'Meeting'] });
  });

  it('read a subgraph by id lists, never splicing an id into the Cypher', () => {
    const ids = ['doc_1', "org_2'"];
    for (const q of [
      buildNodePageQuery({ label: 'Document', omit: [], limit: 2, ids }),
      buildEdgePageQuery({ label: 'Document', limit: 2, fromIds: ids, toIds: ids }),
      buildEdgeCountQuery(ids),
      buildNodeAttributesQuery(ids),
      buildEdgeAttributesQuery(ids),
      buildNeighborhoodStepQuery({ frontier: ids, seen: ids, limit: 10 }),
    ]) {
      expect(q.cypher).not.toContain('doc_1');
      expect(Object.values(q.params)).toContainEqual(ids);
    }
  });

  it('take a neighbourhood step along the same relationships as buildNeighborhoodQuery, nearest unseen entities by id', () => {
    const q = buildNeighborhoodStepQuery({ frontier: ['doc_1'], seen: ['doc_1'], limit: 10 });
    expect(q.cypher).toContain(
      'MATCH (n)-[:ISSUED_BY|PART_OF|LEADS|ORGANIZED_BY|SPOKE_AT|REPRESENTS|DISSEMINATED|IMPLEMENTS|BASED_ON|REPORTED_BY|REPORTED_AT|MENTIONED_IN]-(x)',
    );
    expect(q.cypher).toContain('WHERE NOT x.id IN $seen');
    expect(q.cypher).toContain('ORDER BY id\nLIMIT toInteger($limit)');
    expect(q.cypher).toContain('  MATCH (n:Document) WHERE n.id IN $frontier RETURN n\n  UNION\n  MATCH (n:Organization) WHERE n.id IN $frontier RETURN n');
  });

  it('export the entity labels only, never SchemaMigration', () => {
    expect(EXPORT_LABELS).toEqual(['Document', 'Organization', 'Meeting', 'Person', 'Figure', 'Source']);
    expect(buildNodeCountQuery().cypher).not.toContain('SchemaMigration');
  });
});
