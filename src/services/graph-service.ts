import { parseDocumentCode } from '../domain/document-code';
import type { DocumentKind } from '../domain/document-kind';
import { decodeCursor, encodeCursor, listKey, type CursorPosition, type CursorShape } from '../domain/cursor';
import { InvalidInputError } from '../domain/errors';
import { entityTypeOfId, type EntityType } from '../domain/ids';
import { nameKey } from '../domain/identity';
import type { DocumentRecord, MeetingRecord, OrganizationRecord, Page, SubgraphRecord } from '../domain/records';
import { RECORD_MAPPERS, toDocument, toMeeting, toOrganization } from '../db/mappers/records';
import type { GraphReader, ListPage } from '../db/repositories/graph-reader';
import type { PrefetchPlan } from '../db/cypher/prefetch';
import type { DateOrder } from '../db/cypher/lists';

/** Limits on what one request may ask for. */
export const LIMITS = {
  pageSize: 100,
  relationSize: 1000,
  lineageDepth: 10,
  pathHops: 10,
  neighborhoodHops: 3,
  neighborhoodNodes: 500,
  timelineEntries: 1000,
} as const;

const withArticle = (word: string) => `${/^[AEIOU]/.test(word) ? 'an' : 'a'} ${word}`;

/** Checks that `id` is one of our ids (of `expected` type when given) and returns its type. */
export function requireEntityId(id: string, field: string, expected?: EntityType): EntityType {
  const type = entityTypeOfId(id);
  if (!type) throw new InvalidInputError(field, `"${id.slice(0, 60)}" is not a vankien-graph id`);
  if (expected && type !== expected) throw new InvalidInputError(field, `is ${withArticle(type)} id; ${withArticle(expected)} id is required`);
  return type;
}

/** How each top-level list is sorted, as its cursors carry it: the property of the item that is the sort value. */
const LIST_SORTS = {
  documents: { property: 'issuedOn', value: 'date', type: 'Document' },
  // Organizations sort by their stored nameKey, which every write sets to nameKey(name).
  organizations: { property: 'name', value: 'text', type: 'Organization', key: nameKey },
  meetings: { property: 'date', value: 'date', type: 'Meeting' },
} as const satisfies Record<string, CursorShape & { property: string; key?: (value: string) => string }>;

type ListName = keyof typeof LIST_SORTS;

interface PageSlice {
  after: CursorPosition | null;
  limit: number;
  key: string;
  list: ListName;
}

/** The rows a page reads, from its cursor, which must be one of the list `key` names. */
function slice(list: ListName, first: number, after: string | null | undefined, key: string): PageSlice {
  return { after: after === null || after === undefined ? null : decodeCursor(after, key, LIST_SORTS[list]), limit: first, key, list };
}

/**
 * What an operation will follow from the entities a use case returns (see graphql/prefetch.ts): the plan goes into the
 * statement that reads them, and `prime` receives what was read ahead for each entity.
 */
export interface Prefetch {
  plan: PrefetchPlan;
  prime(id: string, prefetched: unknown): void;
}

function toPage<T>(raw: ListPage, { key, list }: PageSlice, first: number, map: (r: Record<string, unknown>) => T, prefetch?: Prefetch): Page<T> {
  const hasNextPage = raw.nodes.length > first;
  if (prefetch && raw.prefetched) raw.prefetched.slice(0, first).forEach((value, i) => prefetch.prime(String(raw.nodes[i]!.id), value));
  const rows = raw.nodes.slice(0, first);
  const last = rows[rows.length - 1];
  // The next page starts after the last item: its sort value as read (dates as ISO strings) and its id.
  const sort: CursorShape & { property: string; key?: (value: string) => string } = LIST_SORTS[list];
  const read = last?.[sort.property];
  const value = read === null || read === undefined ? read : sort.key ? sort.key(String(read)) : read;
  return {
    nodes: rows.map(map),
    totalCount: raw.totalCount,
    hasNextPage,
    endCursor: last ? encodeCursor({ value: value === null || value === undefined ? null : String(value), id: String(last.id) }, key) : null,
  };
}

function checkDateRange(from: string | null | undefined, to: string | null | undefined, fromField: string): void {
  if (from && to && from > to) throw new InvalidInputError(fromField, `${from} is after the end of the range (${to})`);
}

export interface TimelineEntryRecord {
  kind: 'ISSUED' | 'MEETING' | 'IMPLEMENTATION' | 'FIGURE';
  date: string | null;
  /** The body the entry belongs to (a child body when children are included). */
  organizationId: string;
  node: { id: string };
  actions: string[];
}

export interface DocumentQuery {
  code?: string | null;
  kind?: DocumentKind | null;
  issuerId?: string | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
  province?: string | null;
  order?: DateOrder | null;
  first: number;
  after?: string | null;
}

/** Read use cases of the graph: filtered lists, entities by id, traversals. */
export class GraphService {
  constructor(private readonly reader: GraphReader) {}

  async documents(q: DocumentQuery, prefetch?: Prefetch): Promise<Page<DocumentRecord>> {
    const code = q.code ? parseDocumentCode(q.code).normalized : null;
    if (q.issuerId) requireEntityId(q.issuerId, 'issuerId', 'Organization');
    checkDateRange(q.issuedFrom, q.issuedTo, 'issuedFrom');
    const { first, after, ...filters } = q;
    // An order left out or null is the default order: the same list, the same cursors.
    const s = slice('documents', first, after, listKey('documents', { ...filters, code, order: q.order ?? 'NEWEST_FIRST' }));
    const raw = await this.reader.listDocuments({ ...q, code }, s, prefetch?.plan);
    return toPage(raw, s, q.first, toDocument, prefetch);
  }

  async organizations(
    q: { name?: string | null; province?: string | null; kind?: string | null; first: number; after?: string | null },
    prefetch?: Prefetch,
  ): Promise<Page<OrganizationRecord>> {
    const key = q.name ? nameKey(q.name) : null;
    if (q.name !== undefined && q.name !== null && !key) {
      throw new InvalidInputError('name', 'must contain at least one letter or digit');
    }
    const filters = { nameKey: key, province: q.province ?? null, kind: q.kind ?? null };
    const s = slice('organizations', q.first, q.after, listKey('organizations', filters));
    const raw = await this.reader.listOrganizations(filters, s, prefetch?.plan);
    return toPage(raw, s, q.first, toOrganization, prefetch);
  }

  async meetings(q: {
    organizerId?: string | null;
    from?: string | null;
    to?: string | null;
    province?: string | null;
    order?: DateOrder | null;
    first: number;
    after?: string | null;
  }, prefetch?: Prefetch): Promise<Page<MeetingRecord>> {
    if (q.organizerId) requireEntityId(q.organizerId, 'organizerId', 'Organization');
    checkDateRange(q.from, q.to, 'from');
    const { first, after, ...filters } = q;
    const s = slice('meetings', first, after, listKey('meetings', { ...filters, order: q.order ?? 'NEWEST_FIRST' }));
    const raw = await this.reader.listMeetings(q, s, prefetch?.plan);
    return toPage(raw, s, q.first, toMeeting, prefetch);
  }

  /** The entity with `id` (of the type its id names) and what `prefetch` follows from it, in one statement; null when absent. */
  async nodeWithPrefetch(id: string, prefetch: Prefetch): Promise<{ type: EntityType; record: { id: string } } | null> {
    const type = requireEntityId(id, 'id');
    const row = await this.reader.prefetchNode(type, id, prefetch.plan);
    if (!row) return null;
    prefetch.prime(id, row.prefetched);
    return { type, record: (RECORD_MAPPERS[type] as (r: Record<string, unknown>) => { id: string })(row.node) };
  }

  /** A body's documents, meetings, implementations and figures in date order. */
  async timeline(q: { organizationId: string; from?: string | null; to?: string | null; includeChildren: boolean; first: number }): Promise<TimelineEntryRecord[]> {
    requireEntityId(q.organizationId, 'organizationId', 'Organization');
    checkDateRange(q.from, q.to, 'from');
    const rows = await this.reader.timeline({
      organizationId: q.organizationId,
      from: q.from ?? null,
      to: q.to ?? null,
      includeChildren: q.includeChildren,
      limit: q.first,
    });
    return rows.map((row) => {
      const type = row.node.type as EntityType;
      const mapper = RECORD_MAPPERS[type] as (r: Record<string, unknown>) => { id: string };
      return { kind: row.kind, date: row.date, organizationId: row.organizationId, node: mapper(row.node), actions: row.actions ?? [] };
    });
  }

  async lineage(id: string, maxDepth: number): Promise<SubgraphRecord> {
    requireEntityId(id, 'id', 'Document');
    const graph = await this.reader.lineage(id, maxDepth);
    if (!graph) throw new InvalidInputError('id', 'no document has this id');
    return graph;
  }

  async path(fromId: string, toId: string, maxHops: number): Promise<SubgraphRecord | null> {
    const fromType = requireEntityId(fromId, 'fromId');
    const toType = requireEntityId(toId, 'toId');
    if (fromId === toId) {
      const graph = await this.reader.neighborhood({ id: fromId, type: fromType, hops: 1, limit: 1 });
      return graph && graph.nodes.length > 0 ? graph : null;
    }
    return this.reader.path({ fromId, fromType, toId, toType, maxHops });
  }

  async neighborhood(id: string, hops: number, limit: number): Promise<SubgraphRecord> {
    const type = requireEntityId(id, 'id');
    const graph = await this.reader.neighborhood({ id, type, hops, limit });
    if (!graph) throw new InvalidInputError('id', `no ${type} has this id`);
    return graph;
  }
}
