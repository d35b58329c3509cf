import type { EntityType } from '../../domain/ids';
import type { SubgraphRecord } from '../../domain/records';
import {
  buildDocumentListQuery,
  buildMeetingListQuery,
  buildOrganizationListQuery,
  type DocumentFilter,
  type MeetingFilter,
  type OrganizationFilter,
  type Slice,
} from '../cypher/lists';
import {
  buildImplementationMeetingsQuery,
  buildNodesByIdQuery,
  buildRelatedQuery,
  type RelatedRow,
  type RelationName,
} from '../cypher/relations';
import { buildDocumentsByCodeQuery, buildSearchQuery } from '../cypher/search';
import { buildTimelineQuery } from '../cypher/timeline';
import { buildEdgeEvidenceQuery, buildLineageQuery, buildNeighborhoodQuery, buildPathQuery, type EdgeKey } from '../cypher/traversal';
import { RECORD_MAPPERS, toSubgraph } from '../mappers/records';
import type { GraphDatabase } from '../neo4j';
import { buildPrefetchNodeQuery, type PrefetchPlan } from '../cypher/prefetch';

type Row = Record<string, unknown>;

/** A search hit as read: the entity's properties with its `type`, the source text for sources, the score. */
export interface SearchRow {
  node: Row & { id: string; type: string };
  text: string | null;
  score: number;
}

function groupByKey<T extends { key: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.key);
    if (list) list.push(row);
    else groups.set(row.key, [row]);
  }
  return groups;
}

/** A page of a filtered list as read: `prefetched[i]` is what was read ahead for `nodes[i]` (see prefetch.ts). */
export interface ListPage {
  totalCount: number;
  nodes: Row[];
  prefetched?: unknown[];
}

/** One entry of a body's timeline as read. */
export interface TimelineRow {
  kind: 'ISSUED' | 'MEETING' | 'IMPLEMENTATION' | 'FIGURE';
  date: string | null;
  organizationId: string;
  node: Row & { id: string; type: string };
  actions: string[] | null;
}

/** Reads the graph: batch loads for DataLoaders, filtered lists, traversals. Every method runs one statement. */
export class GraphReader {
  constructor(private readonly db: GraphDatabase) {}

  /** Relation `name` for each id (at most `limit` each when given), in one query. */
  async related(name: RelationName, ids: readonly string[], limit?: number | null, evidence = true): Promise<Map<string, RelatedRow[]>> {
    return groupByKey(await this.db.read<RelatedRow>(buildRelatedQuery(name, ids, limit, evidence)));
  }

  /** Entities of `label` by id, in one query; missing ids are absent from the map. */
  async nodesById<T extends EntityType>(label: T, ids: readonly string[]): Promise<Map<string, ReturnType<(typeof RECORD_MAPPERS)[T]>>> {
    const rows = await this.db.read<{ key: string; node: Row }>(buildNodesByIdQuery(label, ids));
    const mapper = RECORD_MAPPERS[label] as (row: Row) => ReturnType<(typeof RECORD_MAPPERS)[T]>;
    return new Map(rows.map((r) => [r.key, mapper(r.node)]));
  }

  /** Meetings per "organizationId|documentId" pair. */
  async implementationMeetings(pairs: ReadonlyArray<{ organizationId: string; documentId: string }>): Promise<Map<string, Row[]>> {
    const rows = await this.db.read<{ key: string; node: Row }>(buildImplementationMeetingsQuery(pairs));
    const groups = groupByKey(rows);
    return new Map([...groups].map(([k, v]) => [k, v.map((r) => r.node)]));
  }

  private async page(query: ReturnType<typeof buildDocumentListQuery>): Promise<ListPage> {
    const [row] = await this.db.read<ListPage>(query);
    return row ?? { totalCount: 0, nodes: [] };
  }

  listDocuments(filter: DocumentFilter, slice: Slice, prefetch?: PrefetchPlan | null) {
    return this.page(buildDocumentListQuery(filter, slice, prefetch));
  }

  listOrganizations(filter: OrganizationFilter, slice: Slice, prefetch?: PrefetchPlan | null) {
    return this.page(buildOrganizationListQuery(filter, slice, prefetch));
  }

  listMeetings(filter: MeetingFilter, slice: Slice, prefetch?: PrefetchPlan | null) {
    return this.page(buildMeetingListQuery(filter, slice, prefetch));
  }

  /** An entity with what `plan` follows from it, in one statement; null when it does not exist. */
  async prefetchNode(label: EntityType, id: string, plan: PrefetchPlan): Promise<{ node: Row; prefetched: unknown } | null> {
    const [row] = await this.db.read<{ node: Row; prefetched: unknown }>(buildPrefetchNodeQuery(label, id, plan));
    return row ?? null;
  }

  /** Full-text hits for a Lucene query built from folded tokens; sources with their text only `withText`. */
  search(lucene: string, limit: number, withText: boolean): Promise<SearchRow[]> {
    return this.db.read<SearchRow>(buildSearchQuery(lucene, limit, withText));
  }

  /** Documents with exactly this normalised code, as search hits. */
  documentsByCode(code: string, limit: number): Promise<SearchRow[]> {
    return this.db.read<SearchRow>(buildDocumentsByCodeQuery(code, limit));
  }

  /** A body's dated activity (see buildTimelineQuery). */
  timeline(args: Parameters<typeof buildTimelineQuery>[0]): Promise<TimelineRow[]> {
    return this.db.read<TimelineRow>(buildTimelineQuery(args));
  }

  /** The lineage subgraph, or null when the document does not exist. */
  async lineage(documentId: string, maxDepth: number): Promise<SubgraphRecord | null> {
    const [row] = await this.db.read<{ nodes: unknown; edges: unknown }>(buildLineageQuery(documentId, maxDepth));
    if (!row) return null;
    // A stable order whatever the store's: the document first, then nodes by id, edges by their ends and type.
    return toSubgraph(row.nodes, row.edges, documentId);
  }

  /** A shortest path, or null when there is none within `maxHops` (or an end does not exist). */
  async path(args: Parameters<typeof buildPathQuery>[0]): Promise<SubgraphRecord | null> {
    const [row] = await this.db.read<{ nodes: unknown; edges: unknown }>(buildPathQuery(args));
    return row ? toSubgraph(row.nodes, row.edges) : null;
  }

  /** The stored evidence entries of drawn edges, by edgeKeyOf; edges without any are absent. */
  async edgeEvidence(edges: readonly EdgeKey[]): Promise<Map<string, string[]>> {
    const query = buildEdgeEvidenceQuery(edges);
    const found = new Map<string, string[]>();
    if (!query) return found;
    for (const row of await this.db.read<{ key: string; evidence: unknown }>(query)) {
      const entries = Array.isArray(row.evidence) ? row.evidence.map(String) : [];
      found.set(row.key, [...new Set([...(found.get(row.key) ?? []), ...entries])]);
    }
    return found;
  }

  /** The neighbourhood subgraph, or null when the start does not exist. */
  async neighborhood(args: Parameters<typeof buildNeighborhoodQuery>[0]): Promise<SubgraphRecord | null> {
    const [row] = await this.db.read<{ nodes: unknown; edges: unknown }>(buildNeighborhoodQuery(args));
    return row ? toSubgraph(row.nodes, row.edges) : null;
  }
}
