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
import { buildLineageQuery, buildNeighborhoodQuery, buildPathQuery } from '../cypher/traversal';
import { RECORD_MAPPERS, toSubgraph } from '../mappers/records';
import type { GraphDatabase } from '../neo4j';

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

  /** Relation `name` for each id, in one query. */
  async related(name: RelationName, ids: readonly string[]): Promise<Map<string, RelatedRow[]>> {
    return groupByKey(await this.db.read<RelatedRow>(buildRelatedQuery(name, ids)));
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

  private async page(query: ReturnType<typeof buildDocumentListQuery>): Promise<{ totalCount: number; nodes: Row[] }> {
    const [row] = await this.db.read<{ totalCount: number; nodes: Row[] }>(query);
    return row ?? { totalCount: 0, nodes: [] };
  }

  listDocuments(filter: DocumentFilter, slice: Slice) {
    return this.page(buildDocumentListQuery(filter, slice));
  }

  listOrganizations(filter: OrganizationFilter, slice: Slice) {
    return this.page(buildOrganizationListQuery(filter, slice));
  }

  listMeetings(filter: MeetingFilter, slice: Slice) {
    return this.page(buildMeetingListQuery(filter, slice));
  }

  /** Full-text hits for a Lucene query built from folded tokens. */
  search(lucene: string, limit: number): Promise<SearchRow[]> {
    return this.db.read<SearchRow>(buildSearchQuery(lucene, limit));
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
    return row ? toSubgraph(row.nodes, row.edges) : null;
  }

  /** A shortest path, or null when there is none within `maxHops` (or an end does not exist). */
  async path(args: Parameters<typeof buildPathQuery>[0]): Promise<SubgraphRecord | null> {
    const [row] = await this.db.read<{ nodes: unknown; edges: unknown }>(buildPathQuery(args));
    return row ? toSubgraph(row.nodes, row.edges) : null;
  }

  /** The neighbourhood subgraph, or null when the start does not exist. */
  async neighborhood(args: Parameters<typeof buildNeighborhoodQuery>[0]): Promise<SubgraphRecord | null> {
    const [row] = await this.db.read<{ nodes: unknown; edges: unknown }>(buildNeighborhoodQuery(args));
    return row ? toSubgraph(row.nodes, row.edges) : null;
  }
}
