import type { EntityType } from '../../domain/ids';
import { projection } from './projections';
import { RELATIONS, relationshipProperties, type Relation, type RelationName } from './relations';

/**
 * A prefetch plan: the relations an operation will follow from an entity, with their sizes and, for relations that
 * lead to entities, what it will follow from those. The statement that reads the entity reads them too (nested CALL
 * subqueries), and the rows prime the DataLoaders, so the resolvers then run without further queries.
 */
export interface PrefetchPlan {
  relations: PrefetchRelation[];
}

export interface PrefetchRelation {
  /** The column of the nested result that holds this relation's rows; unique in the whole plan. */
  key: string;
  name: RelationName;
  /** At most this many rows (the relation's first ones in its order); null for all. */
  first: number | null;
  /** Whether the rows carry the relationship's evidence (see RELATIONS' `lean`). */
  evidence: boolean;
  /** The properties of the related entity to read (with its id), or null for all of them. */
  properties: string[] | null;
  nested: PrefetchPlan;
}

/** One prefetched row: the related entity, the relationship's properties, what was prefetched from the entity. */
export interface PrefetchedRow {
  node: Record<string, unknown>;
  rel: Record<string, unknown>;
  nested: Record<string, unknown>;
}

/**
 * Whether the rows of `relation` are read as the bare entity map: its relationship has no properties and nothing is
 * prefetched from the entity. Every wrapper key is a string the driver decodes per row, and a relation of 500 rows
 * read as {node, rel: {}, nested: {}} cost a document page 2-3 ms more than the bare maps.
 */
function isBare(relation: PrefetchRelation): boolean {
  return !(RELATIONS[relation.name] as Relation).properties && relation.nested.relations.length === 0;
}

/** A row of `relation` as prefetchClauses returned it, in the one shape its readers take. */
export function readPrefetchedRow(relation: PrefetchRelation, row: unknown): PrefetchedRow {
  const value = row as Record<string, unknown>;
  if (isBare(relation)) return { node: value, rel: {}, nested: {} };
  return {
    node: value.node as Record<string, unknown>,
    rel: (value.rel as Record<string, unknown> | undefined) ?? {},
    nested: (value.nested as Record<string, unknown> | undefined) ?? {},
  };
}

/** The expression of one row of `relation` (read back by readPrefetchedRow): the bare entity, or a map with only the keys used. */
function rowExpression(relation: PrefetchRelation, node: string, relVariable: string, nested: string): string {
  if (isBare(relation)) return node;
  const parts = [`node: ${node}`];
  if ((RELATIONS[relation.name] as Relation).properties) parts.push(`rel: ${relationshipProperties(relation.name, relVariable, relation.evidence)}`);
  if (relation.nested.relations.length > 0) parts.push(`nested: ${nested}`);
  return `{${parts.join(', ')}}`;
}

const indent = (text: string) => text.replace(/\n/g, '\n  ');

/** Rewrites a relation pattern or order expression of RELATIONS from `a`, `b`, `r` to the given variables. */
function rename(text: string, vars: { a: string; b: string; r: string }): string {
  return text
    .replace(/\(a\)/g, `(${vars.a})`)
    .replace(/\(b\)/g, `(${vars.b})`)
    .replace(/\[r:/g, `[${vars.r}:`)
    .replace(/\bb\./g, `${vars.b}.`)
    .replace(/\br\./g, `${vars.r}.`);
}

/**
 * The CALL subqueries that read `plan` from the entity in `variable`, and the map expression of their results
 * ({key: [row]}, rows as readPrefetchedRow reads them). Limits become parameters (added to `params`); labels and variable names are chosen in
 * code, never taken from a request.
 */
export function prefetchClauses(variable: string, plan: PrefetchPlan, params: Record<string, unknown>): { clauses: string; expression: string } {
  const clauses: string[] = [];
  for (const relation of plan.relations) {
    const { to, pattern, order } = RELATIONS[relation.name] as Relation;
    const vars = { a: variable, b: `${relation.key}_b`, r: `${relation.key}_r` };
    const sorted = rename(order, vars);
    const nested = prefetchClauses(vars.b, relation.nested, params);
    let limit = '';
    if (relation.first !== null) {
      params[relation.key] = relation.first;
      limit = ` LIMIT toInteger($${relation.key})`;
    }
    const body = [
      `MATCH ${rename(pattern, vars).replace(`(${vars.b})`, `(${vars.b}:${to})`)}`,
      `WITH ${vars.b}, ${vars.r} ORDER BY ${sorted}${limit}`,
      // The nested subqueries keep the row order in practice; sorting again makes it a guarantee (a page is small).
      ...(nested.clauses ? [nested.clauses, `WITH * ORDER BY ${sorted}`] : []),
      `RETURN collect(${rowExpression(relation, projection(vars.b, to, relation.properties), vars.r, nested.expression)}) AS ${relation.key}`,
    ].join('\n');
    clauses.push(`CALL (${variable}) {\n  ${indent(body)}\n}`);
  }
  return { clauses: clauses.join('\n'), expression: `{${plan.relations.map((r) => `${r.key}: ${r.key}`).join(', ')}}` };
}

/**
 * An entity by id with everything `plan` follows from it, in one statement: `node` (null when absent) and
 * `prefetched`.
 */
export function buildPrefetchNodeQuery(label: EntityType, id: string, plan: PrefetchPlan): { cypher: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { id };
  const { clauses, expression } = prefetchClauses('n', plan, params);
  return {
    cypher: `MATCH (n:${label} {id: $id})
${clauses}
RETURN ${projection('n', label)} AS node, ${expression} AS prefetched`,
    params,
  };
}
