import { parseEvidenceEntry } from '../../domain/graph-plan';
import type { EntityType } from '../../domain/ids';
import type {
  DocumentRecord,
  FigureRecord,
  GraphNodeRecord,
  MeetingRecord,
  OrganizationRecord,
  PersonRecord,
  SourceRecord,
  SourceRefRecord,
  SubgraphRecord,
} from '../../domain/records';

/** Turns plain rows (already converted by toPlain) into read models. Missing properties become null. */

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function toDocument(row: Row): DocumentRecord {
  return {
    id: String(row.id),
    code: str(row.code),
    system: str(row.system) as DocumentRecord['system'],
    kind: (str(row.kind) ?? 'OTHER') as DocumentRecord['kind'],
    typeName: str(row.typeName) ?? 'Văn bản',
    name: str(row.name) ?? str(row.code) ?? '',
    title: str(row.title),
    issuedOn: str(row.issuedOn),
    term: str(row.term),
  };
}

export function toOrganization(row: Row): OrganizationRecord {
  return {
    id: String(row.id),
    name: str(row.name) ?? '',
    aliases: strs(row.aliases),
    province: str(row.province),
    kind: str(row.kind) as OrganizationRecord['kind'],
    foundedOn: str(row.foundedOn),
  };
}

export function toMeeting(row: Row): MeetingRecord {
  return {
    id: String(row.id),
    title: str(row.title) ?? '',
    date: str(row.date),
    format: str(row.format) as MeetingRecord['format'],
    connectedPoints: num(row.connectedPoints),
  };
}

export function toPerson(row: Row): PersonRecord {
  return { id: String(row.id), name: str(row.name), role: str(row.role) };
}

export function toFigure(row: Row): FigureRecord {
  return {
    id: String(row.id),
    value: num(row.value) ?? 0,
    unit: str(row.unit) ?? '',
    description: str(row.description),
    qualifier: str(row.qualifier) as FigureRecord['qualifier'],
    isTarget: row.isTarget === true,
    period: str(row.period),
    periodStart: str(row.periodStart),
    periodEnd: str(row.periodEnd),
  };
}

export function toSource(row: Row): SourceRecord {
  return {
    id: String(row.id),
    url: str(row.url),
    title: str(row.title),
    publisher: str(row.publisher),
    author: str(row.author),
    publishedOn: str(row.publishedOn),
  };
}

/** The mapper for each entity type. */
export const RECORD_MAPPERS = {
  Document: toDocument,
  Organization: toOrganization,
  Meeting: toMeeting,
  Person: toPerson,
  Figure: toFigure,
  Source: toSource,
} as const satisfies Record<EntityType, (row: Row) => unknown>;

/** Evidence stored on a relationship (`evidence` list) as source references. */
export function evidenceOf(rel: Row): SourceRefRecord[] {
  return strs(rel.evidence).map(parseEvidenceEntry);
}

/** The quotes on a MENTIONED_IN relationship to source `sourceId` as source references. */
export function mentionsOf(sourceId: string, rel: Row): SourceRefRecord[] {
  return strs(rel.quotes).map((quote) => ({ sourceId, quote }));
}

/** The text written on a drawn node: chosen in Cypher (projections.ts graphNodeProjection), except for figures. */
function graphLabel(row: Row): string {
  if (row.type === 'Figure') return `${num(row.value) ?? ''} ${str(row.unit) ?? ''}`.trim();
  return str(row.label) ?? '';
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A drawable subgraph from `nodes` rows ([id, type, label, value, unit], projections.ts graphNodeProjection) and `edges`
 * rows ([from, to, type], graphEdgeProjection), without duplicates and without edges to missing nodes. With `sortFrom`,
 * in a stable order whatever the store's: that node first, then nodes by id, edges by from, to and type.
 */
export function toSubgraph(nodes: unknown, edges: unknown, sortFrom?: string): SubgraphRecord {
  const seen = new Map<string, GraphNodeRecord>();
  for (const row of Array.isArray(nodes) ? nodes : []) {
    if (!Array.isArray(row) || row[0] === null || row[0] === undefined) continue;
    const [id, type, label, value, unit] = row as unknown[];
    const key = String(id);
    if (!seen.has(key)) seen.set(key, { id: key, type: String(type), label: graphLabel({ id: key, type, label, value, unit }) });
  }
  // One key per edge, for both the duplicate check and the order: ids and types hold no NUL, so comparing the joined
  // keys compares (from, to, type) in turn (a lineage has 1,500 edges: one string comparison each, not three).
  const byKey = new Map<string, SubgraphRecord['edges'][number]>();
  for (const row of Array.isArray(edges) ? edges : []) {
    if (!Array.isArray(row)) continue;
    const from = String(row[0]);
    const to = String(row[1]);
    const type = String(row[2]);
    const key = `${from}\u0000${to}\u0000${type}`;
    if (byKey.has(key) || !seen.has(from) || !seen.has(to)) continue;
    byKey.set(key, { from, to, type });
  }
  if (sortFrom === undefined) return { nodes: [...seen.values()], edges: [...byKey.values()] };
  const sortedNodes = [...seen.values()].sort((a, b) => (a.id === sortFrom ? -1 : b.id === sortFrom ? 1 : byString(a.id, b.id)));
  const sortedEdges = [...byKey.keys()].sort(byString).map((key) => byKey.get(key)!);
  return { nodes: sortedNodes, edges: sortedEdges };
}
