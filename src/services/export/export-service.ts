import type { Writable } from 'node:stream';
import { InvalidInputError } from '../../domain/errors';
import { entityTypeOfId, type EntityType } from '../../domain/ids';
import { writeEdgesCsv, writeNodesCsv } from './csv-writer';
import {
  attributeColumns,
  EDGE_FIXED_COLUMNS,
  INTERNAL_PROPERTIES,
  NODE_FIXED_COLUMNS,
  toExportEdge,
  toExportNode,
  type ExportEdge,
  type ExportNode,
} from './export-model';
import { writeGraphml } from './graphml-writer';
import { writeJsonGraph } from './json-writer';

/** The formats an export writes. */
export const EXPORT_FORMATS = ['json', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** True when `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Where an export goes: one stream for JSON and GraphML, two (nodes.csv, edges.csv) for CSV. */
export type ExportOutput =
  | { format: 'json'; out: Writable }
  | { format: 'graphml'; out: Writable }
  | { format: 'csv'; nodesOut: Writable; edgesOut: Writable };

/** An entity named by id and label. */
export interface EntityRef {
  id: string;
  label: EntityType;
}

/** The whole graph, or some entities and the relationships among them. */
export type ExportScope = { kind: 'graph' } | { kind: 'subgraph'; nodes: readonly EntityRef[] };

/** What an export reads, page by page, every entity once (GraphExportReader in db/repositories is the real one). */
export interface GraphExportSource {
  neighborhood(args: { id: string; hops: number; limit: number }): Promise<EntityRef[] | null>;
  countNodes(scope: ExportScope): Promise<number>;
  countEdges(scope: ExportScope): Promise<number>;
  nodeAttributes(scope: ExportScope): Promise<Array<{ label: EntityType; key: string; valueType: string }>>;
  edgeAttributes(scope: ExportScope): Promise<Array<{ key: string; valueType: string }>>;
  nodePages(args: {
    scope: ExportScope;
    pageSize: number;
    omit: (label: EntityType) => readonly string[];
  }): AsyncIterable<Array<{ id: string; label: EntityType; properties: Record<string, unknown> }>>;
  edgePages(args: {
    scope: ExportScope;
    pageSize: number;
  }): AsyncIterable<Array<{ source: string; target: string; type: string; properties: Record<string, unknown> }>>;
}

/** Export only the entities within `hops` (1 to 3) of entity `id`, nearest first, at most `limit` with it. */
export interface NeighborhoodOptions {
  id: string;
  hops: number;
  limit: number;
}

/** Progress of one step, reported after every page. */
export interface ExportProgress {
  step: 'nodes' | 'edges';
  done: number;
  /** From a count taken before the step; the whole-graph edge total counts every relationship. */
  total: number;
}

export interface ExportSummary {
  nodes: number;
  edges: number;
  /** Relationships left out because an end was not exported (it was created while the export ran). */
  skippedEdges: number;
}

export interface ExportGraphOptions {
  source: GraphExportSource;
  output: ExportOutput;
  neighborhood?: NeighborhoodOptions | undefined;
  pageSize?: number;
  onProgress?: (progress: ExportProgress) => void;
}

/** The largest neighbourhood an export may ask for. */
export const MAX_NEIGHBORHOOD_LIMIT = 100_000;

/** Throws an InvalidInputError naming `from`, `hops` or `limit` when the neighbourhood cannot be exported. */
export function checkNeighborhood({ id, hops, limit }: NeighborhoodOptions): void {
  if (entityTypeOfId(id) === undefined) {
    throw new InvalidInputError('from', `"${id}" is not an entity id (ids look like doc_, org_, mtg_, per_, fig_ or src_ followed by 20 hex digits)`);
  }
  if (!Number.isInteger(hops) || hops < 1 || hops > 3) {
    throw new InvalidInputError('hops', `must be a whole number from 1 to 3, got ${hops}`);
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBORHOOD_LIMIT) {
    throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAX_NEIGHBORHOOD_LIMIT}, got ${limit}`);
  }
}

/**
 * Exports the graph (or a neighbourhood) in pages: counts first (for progress), then, for GraphML and CSV, the property
 * keys (their columns must be declared before the first row), then nodes and edges streamed to the writers. Only the
 * ids of exported nodes stay in memory: they keep out relationships whose other end appeared after the nodes were read.
 */
export async function exportGraph({ source, output, neighborhood, pageSize = 5000, onProgress }: ExportGraphOptions): Promise<ExportSummary> {
  let scope: ExportScope = { kind: 'graph' };
  if (neighborhood) {
    checkNeighborhood(neighborhood);
    const nodes = await source.neighborhood(neighborhood);
    if (!nodes) throw new InvalidInputError('from', `no entity has id "${neighborhood.id}"`);
    scope = { kind: 'subgraph', nodes };
  }

  const withText = output.format === 'json';
  // Source.text can be a whole article: JSON keeps it, table-like formats would choke on it.
  const omit = (label: EntityType) => ['id', ...INTERNAL_PROPERTIES, ...(label === 'Source' && !withText ? ['text'] : [])];
  const totals = { nodes: await source.countNodes(scope), edges: await source.countEdges(scope) };

  const seen = new Set<string>();
  const summary: ExportSummary = { nodes: 0, edges: 0, skippedEdges: 0 };
  async function* nodes(): AsyncGenerator<ExportNode> {
    onProgress?.({ step: 'nodes', done: 0, total: totals.nodes });
    for await (const page of source.nodePages({ scope, pageSize, omit })) {
      for (const row of page) {
        seen.add(row.id);
        summary.nodes++;
        yield toExportNode(row);
      }
      onProgress?.({ step: 'nodes', done: summary.nodes, total: totals.nodes });
    }
  }
  async function* edges(): AsyncGenerator<ExportEdge> {
    onProgress?.({ step: 'edges', done: 0, total: totals.edges });
    for await (const page of source.edgePages({ scope, pageSize })) {
      for (const row of page) {
        if (!seen.has(row.source) || !seen.has(row.target)) {
          summary.skippedEdges++;
          continue;
        }
        summary.edges++;
        yield toExportEdge(row);
      }
      onProgress?.({ step: 'edges', done: summary.edges, total: totals.edges });
    }
  }

  if (output.format === 'json') {
    await writeJsonGraph({ nodes: nodes(), edges: edges(), out: output.out });
    return summary;
  }
  const found = await source.nodeAttributes(scope);
  const nodeColumns = attributeColumns({
    found: found.filter((f) => !omit(f.label).includes(f.key)),
    fixed: NODE_FIXED_COLUMNS,
  });
  const edgeColumns = attributeColumns({ found: await source.edgeAttributes(scope), fixed: EDGE_FIXED_COLUMNS });
  if (output.format === 'graphml') {
    await writeGraphml({ nodes: nodes(), edges: edges(), nodeColumns, edgeColumns, out: output.out });
  } else {
    await writeNodesCsv({ nodes: nodes(), columns: nodeColumns, out: output.nodesOut });
    await writeEdgesCsv({ edges: edges(), columns: edgeColumns, out: output.edgesOut });
  }
  return summary;
}
