import type { EntityType } from '../../domain/ids';
import {
  buildEdgeAttributesQuery,
  buildEdgeCountQuery,
  buildEdgePageQuery,
  buildEntityLookupQuery,
  buildNeighborhoodStepQuery,
  buildNodeAttributesQuery,
  buildNodeCountQuery,
  buildNodePageQuery,
  EXPORT_LABELS,
  type EdgeCursor,
} from '../cypher/export';
import type { GraphDatabase } from '../neo4j';

/** An entity named by id and label. */
export interface EntityRef {
  id: string;
  label: EntityType;
}

/** What an export reads: the whole graph, or the given entities and the relationships among them. */
export type ExportScope = { kind: 'graph' } | { kind: 'subgraph'; nodes: readonly EntityRef[] };

/** An entity as read: id, label and its properties as plain values (dates as ISO strings). */
export interface ExportNodeRow {
  id: string;
  label: EntityType;
  properties: Record<string, unknown>;
}

/** A relationship as read; `key` is its elementId, unique within the database. */
export interface ExportEdgeRow {
  key: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

type Pairs = Array<[string, unknown]>;
type NodePairsRow = { id: string; properties: Pairs };
type EdgePairsRow = Omit<ExportEdgeRow, 'properties'> & { properties: Pairs };

/** Subgraph pages look this many ids up at a time, so that each read stays small however large the neighbourhood. */
const ID_CHUNK = 1000;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function idsOf(scope: ExportScope, label?: EntityType): string[] | undefined {
  if (scope.kind === 'graph') return undefined;
  return scope.nodes
    .filter((n) => label === undefined || n.label === label)
    .map((n) => n.id)
    .sort();
}

/**
 * Pages read with a keyset, the next page fetched while the caller writes the current one (the database and the
 * writer then work at the same time). Stops after a short page.
 */
async function* keysetPages<Row, Cursor, Out>({
  read,
  first,
  next,
  pageSize,
  map,
}: {
  read: (after: Cursor) => Promise<Row[]>;
  first: Cursor;
  next: (last: Row) => Cursor;
  pageSize: number;
  map: (rows: Row[]) => Out[];
}): AsyncGenerator<Out[]> {
  let pending: Promise<Row[]> | undefined = read(first);
  while (pending) {
    const rows: Row[] = await pending;
    pending = rows.length === pageSize ? read(next(rows[rows.length - 1]!)) : undefined;
    // A caller that stops early never awaits the prefetched page: its failure must not go unhandled.
    pending?.catch(() => undefined);
    if (rows.length > 0) yield map(rows);
  }
}

/** Reads the graph for exports in pages: every method runs short read transactions, never one the size of the graph. */
export class GraphExportReader {
  constructor(private readonly db: GraphDatabase) {}

  /** The entity with this id, or null. */
  async findEntity(id: string): Promise<EntityRef | null> {
    const [row] = await this.db.read<EntityRef>(buildEntityLookupQuery(id));
    return row ?? null;
  }

  /** The start and the entities within `hops` of it, nearest first then by id, at most `limit` with the start; null when the start does not exist. */
  async neighborhood({ id, hops, limit }: { id: string; hops: number; limit: number }): Promise<EntityRef[] | null> {
    const start = await this.findEntity(id);
    if (!start) return null;
    const found: EntityRef[] = [start];
    const seen = new Set([start.id]);
    let frontier = [start.id];
    for (let hop = 1; hop <= hops && frontier.length > 0 && found.length < limit; hop++) {
      const step = await this.db.read<EntityRef>(buildNeighborhoodStepQuery({ frontier, seen: [...seen], limit: limit - found.length }));
      for (const ref of step) seen.add(ref.id);
      found.push(...step);
      frontier = step.map((r) => r.id);
    }
    return found;
  }

  /** How many entities the export holds. */
  async countNodes(scope: ExportScope): Promise<number> {
    if (scope.kind === 'subgraph') return scope.nodes.length;
    const [row] = await this.db.read<{ count: number }>(buildNodeCountQuery());
    return row?.count ?? 0;
  }

  /** How many relationships the export should hold (for the whole graph: every relationship, as a progress total). */
  async countEdges(scope: ExportScope): Promise<number> {
    const [row] = await this.db.read<{ count: number }>(buildEdgeCountQuery(idsOf(scope)));
    return row?.count ?? 0;
  }

  /** The property keys of entities, per label, with the Cypher value types found (e.g. "STRING NOT NULL"). */
  nodeAttributes(scope: ExportScope): Promise<Array<{ label: EntityType; key: string; valueType: string }>> {
    return this.db.read(buildNodeAttributesQuery(idsOf(scope)));
  }

  /** The property keys of relationships with the Cypher value types found. */
  edgeAttributes(scope: ExportScope): Promise<Array<{ key: string; valueType: string }>> {
    return this.db.read(buildEdgeAttributesQuery(idsOf(scope)));
  }

  /** Pages of entities, label by label in EXPORT_LABELS order, each ordered by id; `omit` names properties left out per label. */
  async *nodePages({
    scope,
    pageSize,
    omit,
  }: {
    scope: ExportScope;
    pageSize: number;
    omit: (label: EntityType) => readonly string[];
  }): AsyncGenerator<ExportNodeRow[]> {
    for (const label of EXPORT_LABELS) {
      const toRows = (rows: NodePairsRow[]) =>
        rows.map((r) => ({ id: r.id, label, properties: Object.fromEntries(r.properties) }));
      const ids = idsOf(scope, label);
      if (ids) {
        for (const chunk of chunks(ids, Math.min(pageSize, ID_CHUNK))) {
          yield toRows(await this.db.read<NodePairsRow>(buildNodePageQuery({ label, omit: omit(label), limit: chunk.length, ids: chunk })));
        }
        continue;
      }
      yield* keysetPages({
        read: (after: string) => this.db.read<NodePairsRow>(buildNodePageQuery({ label, omit: omit(label), after, limit: pageSize })),
        first: '',
        next: (last) => last.id,
        pageSize,
        map: toRows,
      });
    }
  }

  /** Pages of relationships between entities (among the scope's), by start label, start id and elementId. */
  async *edgePages({ scope, pageSize }: { scope: ExportScope; pageSize: number }): AsyncGenerator<ExportEdgeRow[]> {
    const toRows = (rows: EdgePairsRow[]) =>
      rows.map((r) => ({ ...r, properties: Object.fromEntries(r.properties) }));
    const allIds = idsOf(scope);
    for (const label of EXPORT_LABELS) {
      if (allIds) {
        for (const fromIds of chunks(idsOf(scope, label)!, Math.min(pageSize, ID_CHUNK))) {
          const rows = await this.db.read<EdgePairsRow>(buildEdgePageQuery({ label, limit: pageSize, fromIds, toIds: allIds }));
          if (rows.length > 0) yield toRows(rows);
        }
        continue;
      }
      yield* keysetPages({
        read: (after: EdgeCursor) => this.db.read<EdgePairsRow>(buildEdgePageQuery({ label, after, limit: pageSize })),
        first: { id: '', key: '' },
        next: (last) => ({ id: last.source, key: last.key }),
        pageSize,
        map: toRows,
      });
    }
  }
}
