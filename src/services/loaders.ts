import DataLoader from 'dataloader';
import type { FieldNode } from 'graphql';
import type { EntityType } from '../domain/ids';
import type { RelatedRow, RelationName } from '../db/cypher/relations';
import { edgeKeyOf, type EdgeKey } from '../db/cypher/traversal';
import { parseEvidenceEntry } from '../domain/graph-plan';
import type { GraphReader } from '../db/repositories/graph-reader';
import { RECORD_MAPPERS, mentionsOf, toSource } from '../db/mappers/records';
import type { SourceRefRecord } from '../domain/records';

type Row = Record<string, unknown>;
type RecordOf<T extends EntityType> = ReturnType<(typeof RECORD_MAPPERS)[T]>;

/**
 * Per-request batching: every relation and entity lookup of one GraphQL operation level becomes one query,
 * however many items the level holds.
 */
export class Loaders {
  private readonly relations = new Map<string, DataLoader<string, RelatedRow[]>>();
  private readonly nodes = new Map<EntityType, DataLoader<string, unknown>>();
  /** Rows read ahead for one field of the operation (its AST node) and one parent id: only the properties it selects. */
  private readonly byField = new WeakMap<FieldNode, Map<string, RelatedRow[]>>();
  readonly implementationMeetings: DataLoader<{ organizationId: string; documentId: string }, Row[], string>;
  /** The evidence of drawn edges (lineage, path, neighborhood): one query for every edge of the operation. */
  readonly edgeSources: DataLoader<EdgeKey, SourceRefRecord[], string>;

  constructor(private readonly reader: GraphReader) {
    this.implementationMeetings = new DataLoader(
      async (pairs) => {
        const found = await reader.implementationMeetings(pairs);
        return pairs.map((p) => found.get(`${p.organizationId}|${p.documentId}`) ?? []);
      },
      { cacheKeyFn: (p) => `${p.organizationId}|${p.documentId}` },
    );
    this.edgeSources = new DataLoader(
      async (edges) => {
        const found = await reader.edgeEvidence(edges);
        return edges.map((edge) => (found.get(edgeKeyOf(edge)) ?? []).map(parseEvidenceEntry));
      },
      { cacheKeyFn: edgeKeyOf },
    );
  }

  /**
   * The rows of relation `name` for entity `id`, the first `first` of them when given, without the relationship's
   * evidence when `evidence` is false (relations with a lean form): what was read ahead for `field` under `id` when
   * there is, otherwise through one loader (so one query per operation level) per relation, size and form.
   */
  related(name: RelationName, id: string, first?: number | null, evidence = true, field?: FieldNode): Promise<RelatedRow[]> {
    const ahead = field && this.readAhead(field, id);
    return ahead ? Promise.resolve(ahead) : this.relationLoader(name, first ?? null, evidence).load(id);
  }

  /** Remembers rows of a relation read ahead (see graphql/prefetch.ts), so that loading them costs no query. */
  primeRelated(name: RelationName, first: number | null, evidence: boolean, id: string, rows: RelatedRow[]): void {
    this.relationLoader(name, first, evidence).prime(id, rows);
  }

  private relationLoader(name: RelationName, first: number | null, evidence: boolean): DataLoader<string, RelatedRow[]> {
    const key = `${name}:${first ?? 'all'}:${evidence}`;
    let loader = this.relations.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.reader.related(name, ids, first, evidence);
        return ids.map((id) => found.get(id) ?? []);
      });
      this.relations.set(key, loader);
    }
    return loader;
  }

  /** The entity of type `label` with `id`, or null. */
  node<T extends EntityType>(label: T, id: string): Promise<RecordOf<T> | null> {
    return this.nodeLoader(label).load(id) as Promise<RecordOf<T> | null>;
  }

  private nodeLoader(label: EntityType): DataLoader<string, unknown> {
    let loader = this.nodes.get(label);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.reader.nodesById(label, ids);
        return ids.map((id) => found.get(id) ?? null);
      });
      this.nodes.set(label, loader);
    }
    return loader;
  }

  /** Remembers an entity already read, so that a later lookup of it costs no query. */
  prime<T extends EntityType>(label: T, record: RecordOf<T> & { id: string }): void {
    this.nodeLoader(label).prime(record.id, record);
  }

  /** Remembers the rows read ahead for `field` of the operation under the entity `id` (see graphql/prefetch.ts). */
  primeField(field: FieldNode, id: string, rows: RelatedRow[]): void {
    let rowsById = this.byField.get(field);
    if (!rowsById) this.byField.set(field, (rowsById = new Map()));
    rowsById.set(id, rows);
  }

  /** The rows read ahead for `field` of the operation under the entity `id`, if any. */
  readAhead(field: FieldNode, id: string): RelatedRow[] | undefined {
    return this.byField.get(field)?.get(id);
  }

  /**
   * Related entities of relation `name` (the first `first` when given), mapped to read models: what was read ahead
   * for `field` under `id` when there is, otherwise through the relation's loader.
   */
  async relatedNodes<T extends EntityType>(name: RelationName, id: string, label: T, first?: number | null, field?: FieldNode): Promise<RecordOf<T>[]> {
    const mapper = RECORD_MAPPERS[label] as (row: Row) => RecordOf<T>;
    return (await this.related(name, id, first, true, field)).map((r) => mapper(r.node));
  }

  /** The evidence of entity `id` through its MENTIONED_IN relation `name`: one reference per quote. */
  async mentions(name: RelationName, id: string): Promise<SourceRefRecord[]> {
    const refs: SourceRefRecord[] = [];
    for (const row of await this.related(name, id)) {
      const source = toSource(row.node);
      this.prime('Source', source);
      refs.push(...mentionsOf(source.id, row.rel));
    }
    return refs;
  }
}
