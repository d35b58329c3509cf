import { EVIDENCE_SEPARATOR, parseEvidenceEntry } from '../../domain/graph-plan';

/** One piece of evidence: the quote and the source it comes from. */
export interface EvidenceQuote {
  sourceId: string;
  quote: string;
}

/** A property value as exported: scalars, dates as ISO strings, lists, evidence. */
export type ExportValue = string | number | boolean | null | EvidenceQuote | ExportValue[];

/** An entity as written to every format. */
export interface ExportNode {
  id: string;
  /** The entity label: Document, Organization, Meeting, Person, Figure or Source. */
  type: string;
  /** What a drawing tool shows on the node. */
  label: string;
  properties: Record<string, ExportValue>;
}

/** A relationship as written to every format. */
export interface ExportEdge {
  source: string;
  target: string;
  type: string;
  properties: Record<string, ExportValue>;
}

/** GraphML attribute types (the ones Gephi, yEd and Cytoscape all read). */
export type AttributeType = 'string' | 'boolean' | 'long' | 'double';

/** A property written as a column (CSV) or a declared key (GraphML). */
export interface AttributeColumn {
  /** The column / attr.name; the property key unless that clashes with a fixed column. */
  name: string;
  /** The property key it is read from. */
  property: string;
  type: AttributeType;
}

/** Properties kept for lookups only (folded search text, folded names): never exported. */
export const INTERNAL_PROPERTIES: readonly string[] = ['searchText', 'nameKey', 'aliasKeys'];

/** The fixed node columns, before the properties. */
export const NODE_FIXED_COLUMNS: readonly string[] = ['id', 'type', 'label'];

/**
 * The fixed edge columns. Gephi reads `type` as the edge direction (anything but "undirected" is directed), so the
 * relationship type is repeated in `label`, which Gephi, yEd and Cytoscape show on the edge.
 */
export const EDGE_FIXED_COLUMNS: readonly string[] = ['source', 'target', 'type', 'label'];

/** Joins list items in CSV and GraphML, where a cell holds one string. */
export const LIST_JOINER = ' | ';

function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

/** The label a drawing shows for an entity: Document code or name, Figure "value unit", …, its id as a last resort. */
export function displayLabelOf(type: string, properties: Record<string, unknown>, id: string): string {
  const p = properties;
  switch (type) {
    case 'Document':
      return text(p.code) ?? text(p.name) ?? text(p.title) ?? id;
    case 'Organization':
      return text(p.name) ?? id;
    case 'Meeting':
      return text(p.title) ?? id;
    case 'Person':
      return text(p.name) ?? text(p.role) ?? id;
    case 'Figure':
      return [text(p.value), text(p.unit)].filter(Boolean).join(' ') || id;
    case 'Source':
      return text(p.title) ?? text(p.url) ?? id;
    default:
      return id;
  }
}

/** Properties in key order, so that two exports of the same graph are byte for byte the same. */
function sortedEntries(properties: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function toExportValue(value: unknown): ExportValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toExportValue);
  // Spatial and duration values have no column type of their own: keep them readable.
  return JSON.stringify(value);
}

function evidenceList(value: unknown, sourceId?: string): ExportValue {
  if (!Array.isArray(value)) return toExportValue(value);
  return value.map((entry) => {
    if (typeof entry !== 'string') return toExportValue(entry);
    if (sourceId !== undefined && !entry.includes(EVIDENCE_SEPARATOR)) return { sourceId, quote: entry };
    return parseEvidenceEntry(entry);
  });
}

/** An entity row read from the graph (properties as plain values) as exported; `id` is not repeated as a property. */
export function toExportNode(row: { id: string; label: string; properties: Record<string, unknown> }): ExportNode {
  const properties: Record<string, ExportValue> = {};
  for (const [key, value] of sortedEntries(row.properties)) {
    if (key === 'id' || INTERNAL_PROPERTIES.includes(key)) continue;
    properties[key] = toExportValue(value);
  }
  return { id: row.id, type: row.label, label: displayLabelOf(row.label, row.properties, row.id), properties };
}

/**
 * A relationship row as exported: `evidence` entries ("sourceId\u001fquote") become {sourceId, quote}, and so do the
 * quotes of MENTIONED_IN, whose source is the relationship's target.
 */
export function toExportEdge(row: { source: string; target: string; type: string; properties: Record<string, unknown> }): ExportEdge {
  const properties: Record<string, ExportValue> = {};
  for (const [key, value] of sortedEntries(row.properties)) {
    if (key === 'evidence') properties[key] = evidenceList(value);
    else if (key === 'quotes' && row.type === 'MENTIONED_IN') properties[key] = evidenceList(value, row.target);
    else properties[key] = toExportValue(value);
  }
  return { source: row.source, target: row.target, type: row.type, properties };
}

function attributeTypeOfValueType(valueType: string): AttributeType {
  if (valueType.startsWith('INTEGER')) return 'long';
  if (valueType.startsWith('FLOAT')) return 'double';
  if (valueType.startsWith('BOOLEAN')) return 'boolean';
  // Strings, dates (written as ISO strings), lists (joined) and anything else.
  return 'string';
}

function mergeTypes(a: AttributeType, b: AttributeType): AttributeType {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/**
 * The columns for the property keys found in the graph (with their Cypher value types, e.g. "INTEGER NOT NULL"),
 * sorted by key; a key found with several types gets the widest; keys in `skip` are left out and keys that clash with
 * `fixed` columns are renamed "prop_<key>".
 */
export function attributeColumns({
  found,
  fixed,
  skip = [],
}: {
  found: ReadonlyArray<{ key: string; valueType: string }>;
  fixed: readonly string[];
  skip?: readonly string[];
}): AttributeColumn[] {
  const types = new Map<string, AttributeType>();
  for (const { key, valueType } of found) {
    if (skip.includes(key)) continue;
    const type = attributeTypeOfValueType(valueType);
    const known = types.get(key);
    types.set(key, known ? mergeTypes(known, type) : type);
  }
  const taken = new Set(fixed);
  const keys = [...types.keys()].sort();
  for (const key of keys) if (!fixed.includes(key)) taken.add(key);
  return keys.map((property) => {
    let name = property;
    if (fixed.includes(property)) {
      do name = `prop_${name}`;
      while (taken.has(name));
      taken.add(name);
    }
    return { name, property, type: types.get(property)! };
  });
}

/** A value as one string for CSV and GraphML: lists joined with " | ", evidence as its quote, null as "". */
export function flattenValue(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(flattenValue).join(LIST_JOINER);
  if (typeof value === 'object') return value.quote;
  return String(value);
}

/** True when `value` can be written under a column of `type` (a property whose type changed since the columns were read cannot). */
export function fitsAttributeType(value: ExportValue | undefined, type: AttributeType): boolean {
  if (value === null || value === undefined) return false;
  switch (type) {
    case 'string':
      return true;
    case 'boolean':
      return typeof value === 'boolean';
    case 'long':
      // Integers beyond 2^53 arrive as decimal strings.
      return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value));
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
  }
}

/** How many nodes and edges a writer wrote. */
export interface GraphCounts {
  nodes: number;
  edges: number;
}
