import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { addPlan, createBulkRows } from '../../src/bench/bulk-rows';
import { generateBenchPlans } from '../../src/bench/generate';
import { writeImportFiles } from '../../src/bench/offline-csv';
import { chooseLoadPath, offlineLoad, offlineLoadPlans, type LoadPath } from '../../src/bench/offline-load';
import { loadConfig, type Config } from '../../src/config';
import type { Connection } from '../../src/db/connect';
import { findFreePort, stopLocalNeo4j } from '../../src/db/local-neo4j';
import { migrations, runMigrations } from '../../src/db/migrations';
import type { GraphDatabase } from '../../src/db/neo4j';
import { writeGraphPlan } from '../../src/db/repositories/graph-writer';
import type { GraphPlan } from '../../src/domain/graph-plan';
import { documentId, figureId, meetingId, organizationId, personId, sourceId } from '../../src/domain/identity';
import { readSeedPlans } from '../../src/services/seed-service';
import { dumpGraph, type GraphDump } from '../utils/dump';
import { connectTestDatabase } from '../utils/graph';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../utils/neo4j-instance';
import { syntheticProvincePlan } from '../utils/plans';

/**
 * The offline import of `npm run gen` / `npm run bench` (Neo4j's bulk importer on CSV files, then the migrations and
 * the indexes) writes the graph writeGraphPlan writes plan by plan: the same nodes, labels, properties and Cypher
 * types, the same relationships with their properties, lists in the same order. It runs on an empty local database
 * only: `--method import` refuses a database with nodes, or a remote one, and changes nothing.
 *
 * Two sets of plans: the synthetic graph (small scale), and awkward ones (the seed article, texts with line breaks,
 * quotes and commas, empty strings and empty lists, merges across plans, a link to an entity no plan defines).
 */

const SCALE = 0.05;
const quiet = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });

/** A config for the local Neo4j on `dataDir` and `port`, as gen would read it. */
function localConfig(dataDir: string, port: number): Config {
  return loadConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', LOG_LEVEL: 'warn', SEED_ON_START: 'false' });
}

async function closeConnection(connection: Connection): Promise<void> {
  await connection.db.close();
  if (connection.local?.startedHere) await stopLocalNeo4j(connection.local.dataDir);
}

async function writePerPlan(db: GraphDatabase, plans: Iterable<GraphPlan>): Promise<void> {
  for (const plan of plans) await writeGraphPlan(db, plan);
}

/** Plans with the values a CSV file finds awkward, and entities met again in later plans with more to say. */
function awkwardPlans(): GraphPlan[] {
  const url = 'https://example.test/kho "1", dòng\nmới';
  const src = sourceId({ url, contentKey: 'awkward-1' });
  const bodyName = 'Ủy ban "Kiểm tra", Tỉnh ủy Lạng Sơn';
  const body = organizationId(bodyName);
  const bare = organizationId('Ban Tuyên giáo Tỉnh ủy Lạng Sơn');
  const selfNamed = organizationId('Sở Nội vụ tỉnh Lạng Sơn');
  const doc = documentId({ code: '12-KH/TU', issuerAbbreviation: 'TU', issuerProvince: 'Lạng Sơn', issuedOn: '2024-03-01' });
  const untitled = documentId({ code: null, issuerAbbreviation: 'TU', issuerProvince: 'Lạng Sơn', issuedOn: null });
  const meetingTitle = 'Hội nghị "quán triệt", mở rộng';
  const meeting = meetingId({ organizerId: body, date: '2024-03-05', title: meetingTitle });
  const quietMeeting = meetingId({ organizerId: bare, date: null, title: 'Hội nghị không ngày' });
  const silentMeeting = meetingId({ organizerId: selfNamed, date: '2024-02-02', title: 'Hội nghị giao ban' });
  const silentDoc = documentId({ code: '7-KH/SNV', issuerAbbreviation: 'SNV', issuerProvince: 'Lạng Sơn', issuedOn: '2024-02-01' });
  const speaker = personId({ name: 'Nguyễn Văn "An"', role: 'Chủ nhiệm', organizationId: body });
  const nameless = personId({ name: null, role: 'Phó Chủ nhiệm', organizationId: body });
  const quotes = [
    'Câu một, có dấu phẩy và "ngoặc kép".',
    'Câu hai\r\nqua hai dòng; với dấu chấm phẩy.',
    'Câu ba: 🚀 ký tự ngoài BMP, và ½ phần.',
  ];
  const text = quotes.join('\n');
  const first: GraphPlan = {
    source: { id: src, url, title: '', publisher: 'Báo "Lạng Sơn"', author: null, publishedOn: '2024-03-06', text },
    organizations: [
      { id: body, name: bodyName, aliases: [bodyName, 'UBKT, "Tỉnh ủy"'], province: 'Lạng Sơn', kind: 'PARTY_AGENCY', foundedOn: '1990-01-01', parentId: null, leadsId: null, quotes: [quotes[0]!] },
      { id: bare, name: 'Ban Tuyên giáo Tỉnh ủy Lạng Sơn', aliases: [], province: null, kind: 'PARTY_AGENCY', foundedOn: null, parentId: body, leadsId: null, quotes: [] },
      // Its only alias is its name: aliases is an empty list.
      { id: selfNamed, name: 'Sở Nội vụ tỉnh Lạng Sơn', aliases: ['Sở Nội vụ tỉnh Lạng Sơn'], province: 'Lạng Sơn', kind: 'STATE_AGENCY', foundedOn: null, parentId: null, leadsId: null, quotes: [quotes[2]!] },
    ],
    documents: [
      { id: doc, code: '12-KH/TU', system: 'PARTY', kind: 'PLAN', typeName: 'Kế hoạch', name: 'Kế hoạch số 12-KH/TU', title: '', issuedOn: '2024-03-01', term: null, issuerId: body, quotes: [quotes[1]!] },
      // No quote: ISSUED_BY gets an empty evidence list.
      { id: untitled, code: null, system: null, kind: 'OTHER', typeName: 'Văn bản', name: 'Văn bản không số', title: null, issuedOn: null, term: null, issuerId: bare, quotes: [] },
      { id: silentDoc, code: '7-KH/SNV', system: 'STATE', kind: 'PLAN', typeName: 'Kế hoạch', name: 'Kế hoạch số 7-KH/SNV', title: null, issuedOn: '2024-02-01', term: null, issuerId: selfNamed, quotes: [] },
    ],
    meetings: [
      { id: meeting, title: meetingTitle, date: '2024-03-05', format: 'HYBRID', connectedPoints: 12, organizerId: body, quotes: [quotes[0]!, quotes[2]!] },
      // No quote: ORGANIZED_BY gets an empty evidence list.
      { id: quietMeeting, title: 'Hội nghị không ngày', date: null, format: null, connectedPoints: null, organizerId: bare, quotes: [] },
      { id: silentMeeting, title: 'Hội nghị giao ban', date: '2024-02-02', format: 'IN_PERSON', connectedPoints: null, organizerId: selfNamed, quotes: [] },
    ],
    persons: [
      { id: speaker, name: 'Nguyễn Văn "An"', role: 'Chủ nhiệm', organizationId: body, quotes: [quotes[2]!] },
      { id: nameless, name: null, role: 'Phó Chủ nhiệm', organizationId: body, quotes: [quotes[1]!] },
    ],
    speeches: [
      { personId: speaker, meetingId: meeting, topic: null, quote: quotes[0]! },
      { personId: speaker, meetingId: meeting, topic: 'về "chuyển đổi số", năm 2024', quote: quotes[2]! },
      { personId: nameless, meetingId: meeting, topic: '', quote: quotes[1]! },
    ],
    implementations: [
      { organizationId: body, documentId: doc, actions: [], quote: quotes[1]! },
      { organizationId: bare, documentId: doc, actions: ['quán triệt, triển khai', '"cụ thể hóa"'], quote: quotes[2]! },
      { organizationId: selfNamed, documentId: silentDoc, actions: [], quote: quotes[2]! },
      // A document no plan defines: writeGraphPlan's MATCH finds nothing, so there is no relationship.
      { organizationId: body, documentId: 'document:nowhere', actions: ['x'], quote: quotes[0]! },
    ],
    disseminations: [{ meetingId: meeting, documentId: doc, quote: quotes[0]! }],
    basedOn: [{ documentId: untitled, basisId: doc, quote: quotes[1]! }],
    figures: [
      { id: figureId({ organizationId: body, value: 2.5, unit: '%', quote: quotes[2]! }), value: 2.5, unit: '%', description: 'tăng trưởng, "ước"', qualifier: 'APPROXIMATE', isTarget: false, period: null, periodStart: null, periodEnd: '2024-12-31', organizationId: body, meetingId: meeting, quote: quotes[2]! },
      { id: figureId({ organizationId: null, value: 1e21, unit: 'đồng', quote: quotes[0]! }), value: 1e21, unit: 'đồng', description: '', qualifier: 'MORE_THAN', isTarget: true, period: 'năm 2024', periodStart: '2024-01-01', periodEnd: null, organizationId: null, meetingId: null, quote: quotes[0]! },
    ],
  };
  // The same entities again from another source: what was missing is filled in, lists grow, search texts add up.
  const url2 = 'https://example.test/kho-2';
  const src2 = sourceId({ url: url2, contentKey: 'awkward-2' });
  const quote2 = 'Ban Tuyên giáo, "UBKT" và Kế hoạch số 12-KH/TU được nhắc lại.';
  const second: GraphPlan = {
    source: { id: src2, url: url2, title: 'Bài thứ hai', publisher: null, author: 'Phóng viên, "PV"', publishedOn: null, text: quote2 },
    organizations: [
      { id: bare, name: 'Ban Tuyên giáo Tỉnh ủy Lạng Sơn', aliases: ['BTG Tỉnh ủy'], province: 'Lạng Sơn', kind: 'PARTY_AGENCY', foundedOn: '1995-05-05', parentId: body, leadsId: null, quotes: [quote2] },
      { id: body, name: bodyName, aliases: ['UBKT, "Tỉnh ủy"', 'Ủy ban Kiểm tra'], province: 'Lạng Sơn', kind: 'PARTY_AGENCY', foundedOn: null, parentId: null, leadsId: bare, quotes: [quote2] },
    ],
    documents: [
      { id: untitled, code: null, system: null, kind: 'OTHER', typeName: 'Văn bản', name: 'Văn bản không số', title: 'nay có trích yếu', issuedOn: '2024-04-04', term: 'XIII', issuerId: bare, quotes: [quote2] },
    ],
    meetings: [{ id: quietMeeting, title: 'Hội nghị không ngày', date: '2024-04-01', format: 'ONLINE', connectedPoints: 3, organizerId: bare, quotes: [quote2] }],
    persons: [{ id: nameless, name: 'Trần Thị Bình', role: 'Phó Chủ nhiệm', organizationId: body, quotes: [quote2] }],
    speeches: [{ personId: speaker, meetingId: meeting, topic: null, quote: quote2 }],
    implementations: [{ organizationId: body, documentId: doc, actions: ['ban hành'], quote: quote2 }],
    disseminations: [],
    basedOn: [],
    figures: [],
  };
  return [first, second];
}

/** The schema as SHOW INDEXES / SHOW CONSTRAINTS describe it, without the generated names of the token indexes. */
async function schemaOf(db: GraphDatabase): Promise<{ indexes: string[]; constraints: string[] }> {
  const indexes = await db.read<Record<string, unknown>>({
    cypher: `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state
RETURN CASE WHEN type = 'LOOKUP' THEN 'lookup' ELSE name END AS name, type, entityType, labelsOrTypes, properties, state`,
    params: {},
  });
  const constraints = await db.read<Record<string, unknown>>({ cypher: 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *', params: {} });
  return { indexes: indexes.map((r) => JSON.stringify(r)).sort(), constraints: constraints.map((r) => JSON.stringify(r)).sort() };
}

describe('the offline import of the synthetic graph (gen and bench, --method auto|import)', () => {
  let referenceNeo4j: ThrowawayNeo4j;
  let referenceDb: GraphDatabase;
  let reference: GraphDump;
  let awkwardReference: GraphDump;
  let referenceSchema: { indexes: string[]; constraints: string[] };
  let runDir: string;
  let freshDir: string;
  let freshPort: number;

  // 351 transactions of writeGraphPlan: slow on a busy machine.
  beforeAll(async () => {
    runDir = mkdtempSync(path.join(process.env.VANKIEN_TEST_RUN_DIR ?? os.tmpdir(), 'offline-'));
    referenceNeo4j = await startThrowawayNeo4j();
    referenceDb = connectTestDatabase(referenceNeo4j.uri);
    await runMigrations(referenceDb);
    await writePerPlan(referenceDb, [...awkwardPlans(), ...readSeedPlans()]);
    awkwardReference = await dumpGraph(referenceDb);
    await referenceDb.write({ cypher: 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', params: {} });
    await writePerPlan(referenceDb, generateBenchPlans({ scale: SCALE }));
    reference = await dumpGraph(referenceDb);
    referenceSchema = await schemaOf(referenceDb);
  }, 400_000);

  afterAll(async () => {
    await referenceDb?.close();
    await referenceNeo4j?.destroy();
    if (freshDir) await stopLocalNeo4j(freshDir);
  });

  it('imports into a new data directory the graph writeGraphPlan writes, with the migration log and every index online', async () => {
    freshDir = path.join(runDir, 'fresh');
    freshPort = await findFreePort();
    const config = localConfig(freshDir, freshPort);
    const choice = await chooseLoadPath({ config, logger: quiet, method: 'auto' });
    expect(choice).toMatchObject({ method: 'import', overwrite: false });
    const lines: string[] = [];
    const { report, connection } = await offlineLoad({ config, logger: quiet, scale: SCALE, overwrite: false, log: (line) => lines.push(line) });
    try {
      const dump = await dumpGraph(connection.db);
      expect(report.nodesCreated).toBe(reference.nodes.length);
      expect(report.relationshipsCreated).toBe(reference.relationships.length);
      expect(dump.nodes).toEqual(reference.nodes);
      expect(dump.relationships).toEqual(reference.relationships);

      // The migration log as runMigrations leaves it, and the schema of the reference database, all online.
      const log = await connection.db.read<{ id: string; description: string; applied: boolean }>({
        cypher: 'MATCH (m:SchemaMigration) RETURN m.id AS id, m.description AS description, m.appliedAt IS NOT NULL AS applied ORDER BY id',
        params: {},
      });
      expect(log).toEqual([...migrations].sort((a, b) => (a.id < b.id ? -1 : 1)).map((m) => ({ id: m.id, description: m.description, applied: true })));
      const schema = await schemaOf(connection.db);
      expect(schema).toEqual(referenceSchema);
      expect(schema.indexes.every((i) => i.includes('"state":"ONLINE"'))).toBe(true);
      expect(await runMigrations(connection.db)).toMatchObject({ applied: [] });

      // Progress was reported, phase by phase, and the CSV files are gone.
      expect(lines.some((l) => l.startsWith('generated '))).toBe(true);
      expect(lines.some((l) => l.startsWith('importer: (1/4) Node import'))).toBe(true);
      expect(report.phasesMs.import).toBeGreaterThan(0);
      expect(report.importerStagesMs).toHaveProperty(['Node import']);
      expect(report.elapsedMs).toBeGreaterThanOrEqual(Object.values(report.phasesMs).reduce((a, b) => a + b, 0));
      expect(readdirSync(freshDir).filter((entry) => entry.startsWith('offline-import-'))).toEqual([]);
    } finally {
      await closeConnection(connection);
    }
  }, 300_000);

  it('replaces a database that holds only the migration log, and writes awkward values as writeGraphPlan does', async () => {
    const neo4j = await startThrowawayNeo4j();
    try {
      const db = connectTestDatabase(neo4j.uri);
      await runMigrations(db);
      await db.close();
      await neo4j.stop();
      const config = localConfig(neo4j.dataDir, neo4j.port);
      const choice = await chooseLoadPath({ config, logger: quiet, method: 'import' });
      expect(choice).toMatchObject({ method: 'import', overwrite: true });
      const plans = [...awkwardPlans(), ...readSeedPlans()];
      const { report, connection } = await offlineLoadPlans({ config, logger: quiet, plans, totalPlans: plans.length, overwrite: true });
      try {
        const dump = await dumpGraph(connection.db);
        expect(dump.nodes).toEqual(awkwardReference.nodes);
        expect(dump.relationships).toEqual(awkwardReference.relationships);
        expect(report.skippedLinks).toBe(1);
        // Empty lists the CSV files could not hold, set after the import (the dumps above compare their types too).
        expect(report.emptyLists).toMatchObject({ 'Organization.aliases': expect.any(Number), 'IMPLEMENTS.actions': 1, 'ISSUED_BY.evidence': 1, 'ORGANIZED_BY.evidence': 1 });
        expect(await schemaOf(connection.db)).toEqual(referenceSchema);
      } finally {
        await closeConnection(connection);
      }
    } finally {
      await neo4j.destroy();
    }
  }, 300_000);

  it('refuses --method import on a database with nodes and leaves it as it was; auto merges into it instead', async () => {
    expect(freshDir).toBeDefined();
    const config = localConfig(freshDir, freshPort);
    await expect(chooseLoadPath({ config, logger: quiet, method: 'import' })).rejects.toThrow(/refuses to overwrite the database .* it holds nodes/);
    const choice: LoadPath = await chooseLoadPath({ config, logger: quiet, method: 'auto' });
    expect(choice.method).toBe('unwind');
    if (choice.method !== 'unwind') return;
    try {
      expect(await dumpGraph(choice.connection.db)).toEqual(reference);
    } finally {
      await closeConnection(choice.connection);
    }
    expect(existsSync(path.join(freshDir, 'data', 'databases', 'neo4j'))).toBe(true);
  }, 300_000);

  it('imports again over what an interrupted import left (the importer was killed: its marker is still there)', async () => {
    const dir = path.join(runDir, 'interrupted');
    mkdirSync(path.join(dir, 'data', 'databases', 'neo4j'), { recursive: true });
    writeFileSync(path.join(dir, 'data', 'databases', 'neo4j', 'neostore'), 'half written');
    writeFileSync(path.join(dir, 'offline-import.running'), '12345\n');
    const choice = await chooseLoadPath({ config: localConfig(dir, await findFreePort()), logger: quiet, method: 'import' });
    expect(choice).toMatchObject({ method: 'import', overwrite: true, reason: expect.stringContaining('interrupted') });
  });

  it('refuses values the importer cannot carry, rather than import something else', () => {
    const dir = mkdtempSync(path.join(runDir, 'csv-'));
    const withList = (aliases: string[]) => {
      const rows = createBulkRows();
      const plan = awkwardPlans()[0]!;
      const organization = { ...plan.organizations[0]!, aliases };
      addPlan(rows, { ...plan, organizations: [organization], documents: [], meetings: [], persons: [], speeches: [], implementations: [], disseminations: [], basedOn: [], figures: [] });
      return () => writeImportFiles(rows, dir);
    };
    expect(withList(['UBKT \u001e Tỉnh ủy'])).toThrow(/U\+001E, the importer's array delimiter/);
    // [""] reads back from the importer's CSV as no property at all.
    expect(withList([''])).toThrow(/a list of one empty string/);
    expect(withList(['ok'])).not.toThrow();
  });

  it('refuses --method import on a remote Neo4j (NEO4J_URI set)', async () => {
    const config = loadConfig({ NEO4J_URI: referenceNeo4j.uri, LOG_LEVEL: 'warn' });
    await expect(chooseLoadPath({ config, logger: quiet, method: 'import' })).rejects.toThrow(/--method import needs the project's local Neo4j/);
    const choice = await chooseLoadPath({ config, logger: quiet, method: 'auto' });
    expect(choice.method).toBe('unwind');
    if (choice.method === 'unwind') await closeConnection(choice.connection);
    // Nothing was touched: the reference graph is still there.
    expect(await dumpGraph(referenceDb)).toEqual(reference);
  }, 120_000);
});
