import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { appendUnique, toDate } from '../db/cypher/fragments';
import type { CypherQuery, GraphDatabase, WriteCounts } from '../db/neo4j';
import {
  foldSearchTexts,
  LINKS,
  MENTIONING_LABELS,
  type BulkRows,
  type LinkRow,
  type LinkType,
  type ListProperty,
  type NodeLabel,
} from './bulk-rows';

/**
 * The bulk path for large loads: a batch of plans, flattened into rows (bulk-rows.ts), written in one transaction by a
 * few plain statements — one per label, `UNWIND $rows AS r MERGE (n:Label {id: r.id}) ...`, then one per relationship
 * type (and way of writing it), `UNWIND $rows AS r MATCH (a:From) ... MATCH (b:To) ... CREATE|MERGE (a)-[:TYPE]->(b)`.
 *
 * Nodes are merged on their id (the unique-constraint index of their label), and their statement hands back each
 * node's element id and whether it was created. Relationships then find their ends by element id, without an index
 * lookup, and a relationship with a created end is created rather than merged: it cannot exist yet.
 *
 * The statements merge the way writeGraphPlan does (existing values win, ON MATCH fills only what is missing, lists are
 * unions, searchText keeps every text it was given), so loading over an existing graph, or twice, gives the graph
 * writeGraphPlan would give; a node or relationship the batch creates gets the row's merged values as they are.
 */

/**
 * Sets `n.searchText` from a row's texts: folded already on creation, folded in one by one otherwise, as
 * mergeSearchText does. A row met with one text only carries `searchText` (then the same text), not `searchTexts`.
 */
const SEARCH_TEXT = {
  onCreate: 'n.searchText = r.searchText',
  onMatch: `n.searchText = reduce(acc = n.searchText, t IN coalesce(r.searchTexts, [r.searchText]) |
  CASE WHEN acc IS NULL OR acc = '' THEN t WHEN t = '' OR acc CONTAINS t THEN acc ELSE acc + ' ' + t END)`,
};

/**
 * Per label: what writeGraphPlan sets on creation, and what it fills (coalesce) when the node exists. Date properties
 * travel as ISO strings and become Neo4j dates here.
 */
const NODE_STATEMENTS: Record<NodeLabel, { onCreate: string[]; onMatch: string[] }> = {
  Source: {
    onCreate: ['n.url = r.url', 'n.title = r.title', 'n.publisher = r.publisher', 'n.author = r.author', `n.publishedOn = ${toDate('r.publishedOn')}`, 'n.text = r.text'],
    onMatch: [
      'n.url = coalesce(n.url, r.url)',
      'n.title = coalesce(n.title, r.title)',
      'n.publisher = coalesce(n.publisher, r.publisher)',
      'n.author = coalesce(n.author, r.author)',
      `n.publishedOn = coalesce(n.publishedOn, ${toDate('r.publishedOn')})`,
      'n.text = coalesce(n.text, r.text)',
    ],
  },
  Organization: {
    onCreate: [
      'n.name = r.name',
      'n.nameKey = r.nameKey',
      'n.province = r.province',
      'n.kind = r.kind',
      `n.foundedOn = ${toDate('r.foundedOn')}`,
      'n.aliases = [a IN r.aliases WHERE a <> r.name]',
      'n.aliasKeys = r.aliasKeys',
    ],
    onMatch: [
      'n.province = coalesce(n.province, r.province)',
      'n.kind = coalesce(n.kind, r.kind)',
      `n.foundedOn = coalesce(n.foundedOn, ${toDate('r.foundedOn')})`,
      `n.aliases = [a IN ${appendUnique('n.aliases', 'r.aliases')} WHERE a <> n.name]`,
      `n.aliasKeys = ${appendUnique('n.aliasKeys', 'r.aliasKeys')}`,
    ],
  },
  Document: {
    onCreate: ['n.code = r.code', 'n.system = r.system', 'n.kind = r.kind', 'n.typeName = r.typeName', 'n.name = r.name', 'n.title = r.title', `n.issuedOn = ${toDate('r.issuedOn')}`, 'n.term = r.term'],
    onMatch: ['n.title = coalesce(n.title, r.title)', `n.issuedOn = coalesce(n.issuedOn, ${toDate('r.issuedOn')})`, 'n.term = coalesce(n.term, r.term)'],
  },
  Meeting: {
    onCreate: ['n.title = r.title', `n.date = ${toDate('r.date')}`, 'n.format = r.format', 'n.connectedPoints = r.connectedPoints'],
    onMatch: [`n.date = coalesce(n.date, ${toDate('r.date')})`, 'n.format = coalesce(n.format, r.format)', 'n.connectedPoints = coalesce(n.connectedPoints, r.connectedPoints)'],
  },
  Person: {
    onCreate: ['n.name = r.name', 'n.role = r.role'],
    onMatch: ['n.name = coalesce(n.name, r.name)', 'n.role = coalesce(n.role, r.role)'],
  },
  Figure: {
    onCreate: [
      'n.value = r.value',
      'n.unit = r.unit',
      'n.description = r.description',
      'n.qualifier = r.qualifier',
      'n.isTarget = r.isTarget',
      'n.period = r.period',
      `n.periodStart = ${toDate('r.periodStart')}`,
      `n.periodEnd = ${toDate('r.periodEnd')}`,
    ],
    onMatch: [],
  },
};

/**
 * The statement that merges the nodes of `label` from `$rows`. It returns, in one record, their ids, element ids and
 * whether each was created, so that the relationships of the batch can find their ends without an index lookup, and
 * create (instead of merge) the relationships of a node that did not exist before.
 */
export function nodeStatement(label: NodeLabel): string {
  const { onCreate, onMatch } = NODE_STATEMENTS[label];
  return `UNWIND $rows AS r
OPTIONAL MATCH (existing:${label} {id: r.id})
WITH r, existing IS NULL AS created
MERGE (n:${label} {id: r.id})
ON CREATE SET ${[...onCreate, SEARCH_TEXT.onCreate].join(',\n  ')}
ON MATCH SET ${[...onMatch, SEARCH_TEXT.onMatch].join(',\n  ')}
RETURN collect(r.id) AS ids, collect(elementId(n)) AS elementIds, collect(created) AS created`;
}

/** How a relationship statement finds its ends and writes the relationship. */
export type LinkMode =
  /** Ends by element id; one end was created in this transaction, so the relationship cannot exist yet. */
  | 'create'
  /** Ends by element id, relationship merged. */
  | 'merge'
  /** Ends by id through their label's unique-constraint index, relationship merged: ends the batch does not hold. */
  | 'merge-by-id';

export interface LinkSpec {
  type: string;
  from: NodeLabel;
  to: NodeLabel;
  lists: readonly ListProperty[];
  /** SPOKE_AT: the topic is part of the relationship's identity. */
  keyedByTopic?: boolean;
}

/** The statement that writes relationships `type` from `(:from)` to `(:to)` from `$rows`, in `mode`. */
export function linkStatement({ type, from, to, lists, keyedByTopic = false }: LinkSpec, mode: LinkMode): string {
  const lines = ['UNWIND $rows AS r'];
  if (mode === 'merge-by-id') lines.push(`MATCH (a:${from} {id: r.from})`, `MATCH (b:${to} {id: r.to})`);
  else lines.push(`MATCH (a:${from}) WHERE elementId(a) = r.from`, `MATCH (b:${to}) WHERE elementId(b) = r.to`);
  const key = keyedByTopic ? ' {topic: r.topic}' : '';
  if (mode === 'create') {
    const properties = [...(keyedByTopic ? ['topic: r.topic'] : []), ...lists.map((p) => `${p}: r.${p}`)];
    lines.push(`CREATE (a)-[:${type}${properties.length > 0 ? ` {${properties.join(', ')}}` : ''}]->(b)`);
  } else {
    lines.push(`MERGE (a)-[x:${type}${key}]->(b)`);
    if (lists.length > 0) {
      lines.push(`ON CREATE SET ${lists.map((p) => `x.${p} = r.${p}`).join(', ')}`);
      lines.push(`ON MATCH SET ${lists.map((p) => `x.${p} = ${appendUnique(`x.${p}`, `r.${p}`)}`).join(', ')}`);
    }
  }
  return lines.join('\n');
}

type Row = Record<string, unknown>;

/**
 * The parameter rows of the `selected` nodes of a label: lists as arrays, the search texts folded (and listed when there
 * are several).
 */
function nodeRows(rows: Map<string, { id: string; searchTexts: Set<string> }>, selected: (id: string) => boolean): Row[] {
  const out: Row[] = [];
  for (const node of rows.values()) {
    if (!selected(node.id)) continue;
    const { searchTexts, ...properties } = node;
    const row: Row = {};
    for (const [key, value] of Object.entries(properties) as Array<[string, unknown]>) row[key] = value instanceof Set ? [...(value as Set<string>)] : value;
    row.searchText = foldSearchTexts(searchTexts);
    if (searchTexts.size > 1) row.searchTexts = [...searchTexts];
    out.push(row);
  }
  return out;
}

/**
 * The statements that write the `selected` nodes of a batch (all by default), one per label in the order of bulk-rows'
 * labels; labels without rows are left out.
 */
export function buildNodeWrites(rows: BulkRows, selected: (id: string) => boolean = () => true): CypherQuery[] {
  const queries: CypherQuery[] = [];
  const push = (label: NodeLabel, batch: Row[]) => {
    if (batch.length > 0) queries.push({ cypher: nodeStatement(label), params: { rows: batch } });
  };
  push('Source', nodeRows(rows.sources, selected));
  push('Organization', nodeRows(rows.organizations, selected));
  push('Document', nodeRows(rows.documents, selected));
  push('Meeting', nodeRows(rows.meetings, selected));
  push('Person', nodeRows(rows.persons, selected));
  push('Figure', nodeRows(rows.figures, selected));
  return queries;
}

/** True when `id` is one of the nodes of `rows`. */
export function holdsNode(rows: BulkRows, id: string): boolean {
  return [rows.sources, rows.organizations, rows.documents, rows.meetings, rows.persons, rows.figures].some((nodes) => nodes.has(id));
}

/** A node of the batch as its statement returned it. */
export interface WrittenNode {
  elementId: string;
  created: boolean;
}

/**
 * The relationship statements of a batch. `written` holds the batch's nodes as their statements returned them: a
 * relationship with a created end is created, one between two existing nodes merged, both found by element id; a
 * relationship with an end the batch does not hold (no plan of the generator has one) is merged by ids.
 */
export function buildLinkWrites(rows: BulkRows, written: ReadonlyMap<string, WrittenNode>): CypherQuery[] {
  const queries: CypherQuery[] = [];
  const add = (spec: LinkSpec, links: Map<string, LinkRow>) => {
    const byMode: Record<LinkMode, Row[]> = { create: [], merge: [], 'merge-by-id': [] };
    for (const { from, to, topic, lists: values } of links.values()) {
      const a = written.get(from);
      const b = written.get(to);
      const row: Row = a && b ? { from: a.elementId, to: b.elementId } : { from, to };
      if (topic !== undefined) row.topic = topic;
      for (const p of spec.lists) row[p] = [...(values[p] ?? [])];
      byMode[!a || !b ? 'merge-by-id' : a.created || b.created ? 'create' : 'merge'].push(row);
    }
    for (const mode of ['create', 'merge', 'merge-by-id'] as const) {
      if (byMode[mode].length > 0) queries.push({ cypher: linkStatement(spec, mode), params: { rows: byMode[mode] } });
    }
  };
  for (const [type, spec] of Object.entries(LINKS) as Array<[LinkType, (typeof LINKS)[LinkType]]>) {
    add({ type, ...spec, keyedByTopic: type === 'SPOKE_AT' }, rows.links[type]);
  }
  for (const label of MENTIONING_LABELS) add({ type: 'MENTIONED_IN', from: label, to: 'Source', lists: ['quotes'] }, rows.mentions[label]);
  return queries;
}

/** Reads what a node statement returned into `written`. */
export function readWrittenNodes(record: { get(key: string): unknown } | undefined, written: Map<string, WrittenNode>): void {
  if (!record) return;
  const ids = record.get('ids') as string[];
  const elementIds = record.get('elementIds') as string[];
  const created = record.get('created') as boolean[];
  ids.forEach((id, at) => written.set(id, { elementId: elementIds[at]!, created: created[at]! }));
}

/** The batch written just before, possibly still in flight. */
export interface PreviousBatch {
  rows: BulkRows;
  /** Settles when its transaction has committed (or failed). */
  committed: Promise<unknown>;
}

/**
 * Writes a batch in one write transaction (all or nothing), returning what was created: the node statements first,
 * sent together (the driver pipelines them), then, with what they return, the relationship statements. It runs them on
 * the transaction itself rather than through GraphDatabase.runIn, which returns either records or counts, not both.
 *
 * With `previous` (the batch before, still in flight), this transaction overlaps the end of that one without waiting
 * on its locks or missing its nodes: it first writes the nodes `previous` does not hold, then waits for `previous` to
 * commit, and only then writes the nodes both batches hold and every relationship. So the previous transaction never
 * waits for this one (no deadlock), and every node this one looks at is committed or its own.
 */
export function writeBulk(db: GraphDatabase, rows: BulkRows, previous?: PreviousBatch): Promise<WriteCounts> {
  const inPrevious = (id: string) => previous !== undefined && holdsNode(previous.rows, id);
  const freshWrites = buildNodeWrites(rows, (id) => !inPrevious(id));
  const sharedWrites = previous ? buildNodeWrites(rows, inPrevious) : [];
  return db.writeTransaction(async (tx: ManagedTransaction) => {
    const total: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
    const written = new Map<string, WrittenNode>();
    const run = async (queries: readonly CypherQuery[], read?: (result: QueryResult) => void) => {
      const results = await Promise.all(queries.map((q) => tx.run(q.cypher, q.params)));
      for (const result of results) {
        const counters = result.summary.counters.updates();
        total.nodesCreated += counters.nodesCreated;
        total.relationshipsCreated += counters.relationshipsCreated;
        read?.(result);
      }
    };
    const readNodes = (result: QueryResult) => readWrittenNodes(result.records[0], written);
    await run(freshWrites, readNodes);
    if (previous) {
      // A plain error: the driver would retry a transient one of the previous transaction here, to no avail.
      await previous.committed.catch(() => {
        throw new Error('the batch before this one was not written');
      });
      await run(sharedWrites, readNodes);
    }
    await run(buildLinkWrites(rows, written));
    return total;
  });
}
