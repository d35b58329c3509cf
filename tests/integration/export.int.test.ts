import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runExportCommand } from '../../src/cli/export';
import { buildNeighborhoodQuery } from '../../src/db/cypher/traversal';
import type { GraphDatabase } from '../../src/db/neo4j';
import { GraphExportReader } from '../../src/db/repositories/graph-export-reader';
import { evidenceEntry } from '../../src/domain/graph-plan';
import { entityId } from '../../src/domain/ids';
import { exportGraph, type ExportFormat, type NeighborhoodOptions } from '../../src/services/export/export-service';
import { csvObjects, parseCsv } from '../utils/export-csv';
import { childrenNamed, parseXml, type XmlElement } from '../utils/export-xml';
import { startSeededNeo4j } from '../utils/graph';
import type { ThrowawayNeo4j } from '../utils/neo4j-instance';

/** A stream that keeps what it is given. */
class Sink extends Writable {
  private chunks: Buffer[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk);
    callback();
  }

  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

const ENTITY = 'Document|Organization|Meeting|Person|Figure|Source';

// Values that break careless writers: markup, a comma and a line break in a list item, text in decomposed form.
const TRICKY_NAME = `Ban <Tuyên giáo> & "Dân vận" 'Tỉnh ủy'`;
const TRICKY_ALIAS = 'Ban TG, DV\ncủa Tỉnh ủy';
const NFD_NAME = 'Đảng ủy Khối Doanh nghiệp tỉnh'.normalize('NFD');
const tricky = {
  orgId: entityId('Organization', 'export test tricky'),
  nfdId: entityId('Organization', 'export test nfd'),
  personId: entityId('Person', 'export test speaker'),
  // Not something the app writes, but a graph may hold it: exported once, under the first export label.
  twoLabelsId: entityId('Organization', 'export test two labels'),
};

/** Entities and relationships as the database has them, read in the same test as the export they are compared with. */
async function graphTruth(db: GraphDatabase, ids?: readonly string[]) {
  const nodes = await db.read<{ id: string }>({
    cypher: `MATCH (n:${ENTITY}) WHERE $ids IS NULL OR n.id IN $ids RETURN n.id AS id`,
    params: { ids: ids ?? null },
  });
  const edges = await db.read<{ edge: string }>({
    cypher: `MATCH (a:${ENTITY})-[r]->(b:${ENTITY}) WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
RETURN a.id + ' ' + type(r) + ' ' + b.id AS edge`,
    params: { ids: ids ?? null },
  });
  return { nodeIds: nodes.map((n) => n.id).sort(), edges: edges.map((e) => e.edge).sort() };
}

const edgeKey = (source: string, type: string, target: string) => `${source} ${type} ${target}`;


/** The ids buildNeighborhoodQuery finds around a document, sorted; its node rows are [id, type, label, value, unit]. */
async function neighborhoodIds(db: GraphDatabase, id: string, hops: number, limit: number): Promise<string[]> {
  const [row] = await db.read<{ nodes: string[][] }>(buildNeighborhoodQuery({ id, type: 'Document', hops, limit }));
  return row!.nodes.map((n) => n[0]!).sort();
}
describe('export', () => {
  let neo4j: ThrowawayNeo4j;
  let db: GraphDatabase;
  let reader: GraphExportReader;
  let directiveId: string;

  beforeAll(async () => {
    // Its own Neo4j: other test files write to the shared one while these compare whole-graph counts.
    ({ neo4j, db } = await startSeededNeo4j());
    const [directive] = await db.read<{ id: string }>({ cypher: "MATCH (d:Document {code: '30-CT/TW'}) RETURN d.id AS id", params: {} });
    directiveId = directive!.id;
    const [meeting] = await db.read<{ id: string }>({ cypher: 'MATCH (m:Meeting) RETURN m.id AS id ORDER BY id LIMIT 1', params: {} });
    const [source] = await db.read<{ id: string }>({ cypher: 'MATCH (s:Source) RETURN s.id AS id LIMIT 1', params: {} });
    await db.write({
      cypher: `MATCH (d:Document {id: $directiveId}), (m:Meeting {id: $meetingId}), (s:Source {id: $sourceId})
CREATE (o:Organization {id: $orgId, name: $name, aliases: [$alias, 'Ban TG'], nameKey: 'ban tuyen giao', aliasKeys: ['x'], searchText: 'ban tuyen giao'})
CREATE (n:Organization {id: $nfdId, name: $nfdName})
CREATE (p:Person {id: $personId, name: 'Nguyễn Văn Thử', role: 'Trưởng ban'})
CREATE (o)-[:IMPLEMENTS {actions: ['quán triệt', 'triển khai'], evidence: [$evidence]}]->(d)
CREATE (o)-[:MENTIONED_IN {quotes: ['Ban Tuyên giáo, Dân vận "Tỉnh ủy"']}]->(s)
CREATE (n)-[:PART_OF]->(o)
CREATE (p)-[:REPRESENTS]->(o)
CREATE (p)-[:SPOKE_AT {topic: 'tuyên truyền miệng'}]->(m)
CREATE (p)-[:SPOKE_AT {topic: 'chuyển đổi số'}]->(m)
CREATE (t:Person:Organization {id: $twoLabelsId, name: 'Tổ công tác'})-[:PART_OF]->(o)`,
      params: {
        directiveId,
        meetingId: meeting!.id,
        sourceId: source!.id,
        ...tricky,
        name: TRICKY_NAME,
        alias: TRICKY_ALIAS,
        nfdName: NFD_NAME,
        evidence: evidenceEntry(source!.id, 'Ban Tuyên giáo & Dân vận <quán triệt> Chỉ thị 30-CT/TW.'),
      },
    });
    reader = new GraphExportReader(db);
  });
  afterAll(async () => {
    await db?.close();
    await neo4j?.destroy();
  });

  async function exportText(format: Exclude<ExportFormat, 'csv'>, options: { neighborhood?: NeighborhoodOptions; pageSize?: number } = {}) {
    const out = new Sink();
    const summary = await exportGraph({ source: reader, output: { format, out }, ...options });
    return { text: out.text, summary };
  }

  async function exportCsv(options: { neighborhood?: NeighborhoodOptions; pageSize?: number } = {}) {
    const nodesOut = new Sink();
    const edgesOut = new Sink();
    const summary = await exportGraph({ source: reader, output: { format: 'csv', nodesOut, edgesOut }, ...options });
    return { nodes: nodesOut.text, edges: edgesOut.text, summary };
  }

  /** Nodes and edges of a GraphML document, with data values by attr.name. */
  function readGraphml(text: string) {
    const root = parseXml(text);
    expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = new Map(childrenNamed(root, 'key').map((k) => [k.attributes.id!, k.attributes]));
    type Data = Record<string, string | undefined>;
    const values = (element: XmlElement): Data =>
      Object.fromEntries(
        childrenNamed(element, 'data').map((d) => {
          const key = keys.get(d.attributes.key!);
          expect(key?.for).toBe(element.name);
          return [key!['attr.name']!, d.text];
        }),
      );
    const [graph] = childrenNamed(root, 'graph');
    expect(graph!.attributes.edgedefault).toBe('directed');
    return {
      keys: [...keys.values()],
      nodes: childrenNamed(graph!, 'node').map((n): Data & { id: string } => ({ ...values(n), id: n.attributes.id! })),
      edges: childrenNamed(graph!, 'edge').map((e): Data & { source: string; target: string } => ({
        ...values(e),
        source: e.attributes.source!,
        target: e.attributes.target!,
      })),
    };
  }

  describe('the whole graph', () => {
    it('JSON holds every entity and every relationship between entities, and no SchemaMigration', async () => {
      const truth = await graphTruth(db);
      const { text, summary } = await exportText('json');
      const graph = JSON.parse(text);
      expect(graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(truth.nodeIds);
      expect(graph.edges.map((e: { source: string; type: string; target: string }) => edgeKey(e.source, e.type, e.target)).sort()).toEqual(truth.edges);
      expect(summary).toEqual({ nodes: truth.nodeIds.length, edges: truth.edges.length, skippedEdges: 0 });
      expect(graph.nodes.map((n: { type: string }) => n.type)).not.toContain('SchemaMigration');
      expect(graph.nodes.filter((n: { id: string }) => n.id === tricky.twoLabelsId).map((n: { type: string }) => n.type)).toEqual(['Organization']);
      expect(truth.nodeIds.length).toBeGreaterThan(20);
    });

    it('JSON keeps properties as values: dates as ISO strings, lists, evidence as {sourceId, quote}, Source.text; never internal keys', async () => {
      const graph = JSON.parse((await exportText('json')).text);
      const directive = graph.nodes.find((n: { id: string }) => n.id === directiveId);
      expect(directive).toMatchObject({ type: 'Document', label: '30-CT/TW', properties: { code: '30-CT/TW', issuedOn: '2024-02-05', kind: 'DIRECTIVE' } });
      const org = graph.nodes.find((n: { id: string }) => n.id === tricky.orgId);
      expect(org).toEqual({ id: tricky.orgId, type: 'Organization', label: TRICKY_NAME, properties: { aliases: [TRICKY_ALIAS, 'Ban TG'], name: TRICKY_NAME } });
      const source = graph.nodes.find((n: { type: string }) => n.type === 'Source');
      expect(source.properties.text.length).toBeGreaterThan(1000);
      const implementation = graph.edges.find((e: { source: string; type: string }) => e.source === tricky.orgId && e.type === 'IMPLEMENTS');
      expect(implementation.properties).toEqual({
        actions: ['quán triệt', 'triển khai'],
        evidence: [{ sourceId: source.id, quote: 'Ban Tuyên giáo & Dân vận <quán triệt> Chỉ thị 30-CT/TW.' }],
      });
      const mention = graph.edges.find((e: { source: string; type: string }) => e.source === tricky.orgId && e.type === 'MENTIONED_IN');
      expect(mention.properties.quotes).toEqual([{ sourceId: mention.target, quote: 'Ban Tuyên giáo, Dân vận "Tỉnh ủy"' }]);
      expect(JSON.stringify(graph)).not.toMatch(/"(searchText|nameKey|aliasKeys)"/);
    });

    it('pages give the same export as one page: keysets skip and repeat nothing, also within one start node', async () => {
      const whole = await exportText('json');
      // Pages of 2: the organization with three outgoing relationships spans pages.
      expect((await exportText('json', { pageSize: 2 })).text).toBe(whole.text);
      expect((await exportText('graphml', { pageSize: 3 })).text).toBe((await exportText('graphml')).text);
    });

    it('GraphML parses back to the same nodes and edges, with labels, types and escaped, NFC text', async () => {
      const truth = await graphTruth(db);
      const graph = readGraphml((await exportText('graphml')).text);
      expect(graph.nodes.map((n) => n.id).sort()).toEqual(truth.nodeIds);
      expect(graph.edges.map((e) => edgeKey(e.source, e.type!, e.target)).sort()).toEqual(truth.edges);
      for (const node of graph.nodes) expect(node.label).toBeTruthy();
      for (const edge of graph.edges) expect(edge.label).toBe(edge.type);
      expect(graph.nodes.find((n) => n.id === tricky.orgId)).toMatchObject({ label: TRICKY_NAME, aliases: `${TRICKY_ALIAS} | Ban TG` });
      expect(graph.nodes.find((n) => n.id === tricky.nfdId)!.name).toBe(NFD_NAME.normalize('NFC'));
      expect(graph.keys.map((k) => k['attr.name'])).not.toEqual(expect.arrayContaining(['text', 'searchText', 'nameKey', 'aliasKeys']));
      expect(graph.keys.find((k) => k['attr.name'] === 'isTarget')).toMatchObject({ for: 'node', 'attr.type': 'boolean' });
      expect(graph.keys.find((k) => k['attr.name'] === 'value')).toMatchObject({ for: 'node', 'attr.type': 'double' });
      const spoke = graph.edges.filter((e) => e.source === tricky.personId && e.type === 'SPOKE_AT');
      expect(spoke.map((e) => e.topic).sort()).toEqual(['chuyển đổi số', 'tuyên truyền miệng']);
    });

    it('CSV parses back to the same nodes and edges, every edge between written nodes', async () => {
      const truth = await graphTruth(db);
      const csv = await exportCsv();
      const [nodeHeader] = parseCsv(csv.nodes);
      const [edgeHeader] = parseCsv(csv.edges);
      expect(nodeHeader!.slice(0, 3)).toEqual(['id', 'type', 'label']);
      expect(edgeHeader!.slice(0, 4)).toEqual(['source', 'target', 'type', 'label']);
      expect(nodeHeader).not.toEqual(expect.arrayContaining(['text', 'searchText', 'nameKey', 'aliasKeys']));
      const nodes = csvObjects(csv.nodes);
      const edges = csvObjects(csv.edges);
      expect(nodes.map((n) => n.id).sort()).toEqual(truth.nodeIds);
      expect(edges.map((e) => edgeKey(e.source!, e.type!, e.target!)).sort()).toEqual(truth.edges);
      const written = new Set(nodes.map((n) => n.id));
      for (const edge of edges) expect(written.has(edge.source!) && written.has(edge.target!)).toBe(true);
      expect(nodes.find((n) => n.id === tricky.orgId)).toMatchObject({ label: TRICKY_NAME, name: TRICKY_NAME, aliases: `${TRICKY_ALIAS} | Ban TG` });
      expect(nodes.find((n) => n.id === directiveId)).toMatchObject({ issuedOn: '2024-02-05', code: '30-CT/TW' });
      expect(edges.find((e) => e.source === tricky.orgId && e.type === 'IMPLEMENTS')).toMatchObject({
        actions: 'quán triệt | triển khai',
        evidence: 'Ban Tuyên giáo & Dân vận <quán triệt> Chỉ thị 30-CT/TW.',
      });
    });
  });

  describe('a neighbourhood', () => {
    const expectedNeighborhood = (id: string, hops: number, limit: number) => neighborhoodIds(db, id, hops, limit);

    it.each([1, 2, 3])('within %i hop(s) holds the entities buildNeighborhoodQuery finds and the relationships among them', async (hops) => {
      const ids = await expectedNeighborhood(directiveId, hops, 5000);
      const truth = await graphTruth(db, ids);
      const neighborhood = { id: directiveId, hops, limit: 5000 };
      const graph = JSON.parse((await exportText('json', { neighborhood })).text);
      expect(graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(ids);
      expect(graph.edges.map((e: { source: string; type: string; target: string }) => edgeKey(e.source, e.type, e.target)).sort()).toEqual(truth.edges);

      const xml = readGraphml((await exportText('graphml', { neighborhood })).text);
      expect(xml.nodes).toHaveLength(ids.length);
      expect(xml.edges).toHaveLength(truth.edges.length);
      const csv = await exportCsv({ neighborhood, pageSize: 2 });
      expect(csvObjects(csv.nodes)).toHaveLength(ids.length);
      expect(csvObjects(csv.edges)).toHaveLength(truth.edges.length);
    });

    it('stops at the limit, nearest entities first, as buildNeighborhoodQuery does', async () => {
      const ids = await expectedNeighborhood(directiveId, 3, 6);
      const graph = JSON.parse((await exportText('json', { neighborhood: { id: directiveId, hops: 3, limit: 6 } })).text);
      expect(graph.nodes).toHaveLength(6);
      expect(graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(ids);
    });

    it('grows with the hops', async () => {
      const sizes = [];
      for (const hops of [1, 2, 3]) sizes.push((await exportText('json', { neighborhood: { id: directiveId, hops, limit: 5000 } })).summary.nodes);
      expect(sizes[0]).toBeGreaterThan(1);
      expect(sizes[1]).toBeGreaterThan(sizes[0]!);
      expect(sizes[2]).toBeGreaterThanOrEqual(sizes[1]!);
    });
  });

  describe('npm run export', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'vankien-export-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    async function run(...argv: string[]) {
      return runWith({ NEO4J_URI: neo4j.uri }, ...argv);
    }

    async function runWith(env: NodeJS.ProcessEnv, ...argv: string[]) {
      const stdout = new Sink();
      const stderr = new Sink();
      const code = await runExportCommand({ argv, env, stdout, stderr });
      return { code, stdout: stdout.text, stderr: stderr.text };
    }

    it('writes nodes.csv and edges.csv into the folder, shows progress and a summary on standard error', async () => {
      const truth = await graphTruth(db);
      const result = await run('--format', 'csv', '--out', folder);
      expect(result.code).toBe(0);
      expect(readdirSync(folder).sort()).toEqual(['edges.csv', 'nodes.csv']);
      expect(csvObjects(readFileSync(path.join(folder, 'nodes.csv'), 'utf8'))).toHaveLength(truth.nodeIds.length);
      expect(csvObjects(readFileSync(path.join(folder, 'edges.csv'), 'utf8'))).toHaveLength(truth.edges.length);
      expect(result.stderr).toContain(`nodes: ${truth.nodeIds.length}/${truth.nodeIds.length}\n`);
      expect(result.stderr).toContain(`exported ${truth.nodeIds.length} nodes and ${truth.edges.length} edges as csv`);
    });

    it('writes graph.graphml into a folder given as --out, and a neighbourhood to standard output with --out -', async () => {
      expect((await run('--format', 'graphml', '--out', folder)).code).toBe(0);
      expect(existsSync(path.join(folder, 'graph.graphml'))).toBe(true);
      const result = await run('--format', 'json', '--from', directiveId, '--hops', '1', '--out', '-');
      expect(result.code).toBe(0);
      const ids = await expectedIds(directiveId);
      expect(JSON.parse(result.stdout).nodes.map((n: { id: string }) => n.id).sort()).toEqual(ids);
    });

    const expectedIds = (id: string) => neighborhoodIds(db, id, 1, 5000);

    it.each([
      [['--format', 'xml'], 'unknown format "xml": use one of json, graphml, csv'],
      [[], '--format is required'],
      [['--format', 'json', '--hops', '2'], '--hops and --limit need --from <id>'],
      [['--format', 'json', '--from', 'doc_1'], '--from "doc_1" is not an entity id'],
      [['--format', 'json', '--from', 'doc_0123456789abcdef0123'], '--from no entity has id "doc_0123456789abcdef0123"'],
      [['--format', 'json', '--from', 'doc_0123456789abcdef0123', '--hops', '4'], '--hops must be a whole number from 1 to 3, got 4'],
      [['--format', 'json', '--from', 'doc_0123456789abcdef0123', '--hops', 'two'], '--hops must be a whole number, got "two"'],
      [['--format', 'csv', '--out', '-'], 'csv writes two files'],
      [['--format', 'json', '--colour'], "Unknown option '--colour'"],
    ])('exits with 2 and says what is wrong for %p', async (argv, message) => {
      const result = await run(...argv, ...(argv.includes('--out') ? [] : ['--out', folder]));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(readdirSync(folder)).toEqual([]);
    });

    it('refuses a bad id or hop count before it connects to any database', async () => {
      const nowhere = { NEO4J_URI: 'bolt://127.0.0.1:1' };
      expect(await runWith(nowhere, '--format', 'json', '--from', 'org_x', '--out', folder)).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--from "org_x" is not an entity id'),
      });
      expect(await runWith(nowhere, '--format', 'json', '--from', directiveId, '--hops', '0')).toEqual({
        code: 2,
        stdout: '',
        stderr: '--hops must be a whole number from 1 to 3, got 0\n',
      });
    });
  });
});
