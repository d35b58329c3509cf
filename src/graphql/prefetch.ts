import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { readPrefetchedRow, type PrefetchPlan, type PrefetchRelation } from '../db/cypher/prefetch';
import { RELATIONS, type RelatedRow, type RelationName } from '../db/cypher/relations';
import type { Context } from '../context';
import { RECORD_MAPPERS } from '../db/mappers/records';
import type { EntityType } from '../domain/ids';
import type { Loaders } from '../services/loaders';
import { LIMITS, type Prefetch } from '../services/graph-service';
import { documentImplementations, meetingSpeeches, organizationImplementations, personSpeeches } from './relation-values';
import { wrapResolvers } from './wrap-resolvers';

/** What a field wrapping a relation's rows (implementations, speeches) returns for them under its parent. */
type ValuesOfRows = (parent: { id: string }, rows: RelatedRow[]) => unknown[];

/**
 * The fields whose resolvers read a relation through Loaders.related(name, id, first): the same name and size the
 * resolver asks for, so that prefetched rows are exactly what the resolver would have loaded. `entity` marks fields
 * that return the related entity itself, whose own selection can be prefetched in turn. (A test runs operations over
 * every field here with and without prefetching and compares the answers.)
 */
export const PREFETCHABLE_FIELDS: Record<
  EntityType,
  Record<string, { relation: RelationName; entity: boolean; wrapper?: { type: 'Implementation' | 'Speech'; node: string; values: ValuesOfRows } }>
> = {
  Document: {
    issuer: { relation: 'documentIssuer', entity: true },
    implementations: {
      relation: 'documentImplementations',
      entity: false,
      wrapper: { type: 'Implementation', node: 'organization', values: documentImplementations as ValuesOfRows },
    },
    meetings: { relation: 'documentMeetings', entity: true },
    basedOn: { relation: 'documentBasedOn', entity: true },
    derived: { relation: 'documentDerived', entity: true },
    sources: { relation: 'documentSources', entity: false },
  },
  Organization: {
    parent: { relation: 'organizationParent', entity: true },
    children: { relation: 'organizationChildren', entity: true },
    leads: { relation: 'organizationLeads', entity: true },
    ledBy: { relation: 'organizationLedBy', entity: true },
    issued: { relation: 'organizationIssued', entity: true },
    organized: { relation: 'organizationOrganized', entity: true },
    implementations: {
      relation: 'organizationImplementations',
      entity: false,
      wrapper: { type: 'Implementation', node: 'document', values: organizationImplementations as ValuesOfRows },
    },
    figures: { relation: 'organizationFigures', entity: true },
    people: { relation: 'organizationPeople', entity: true },
    sources: { relation: 'organizationSources', entity: false },
  },
  Meeting: {
    organizer: { relation: 'meetingOrganizer', entity: true },
    speeches: { relation: 'meetingSpeeches', entity: false, wrapper: { type: 'Speech', node: 'speaker', values: meetingSpeeches as ValuesOfRows } },
    documents: { relation: 'meetingDocuments', entity: true },
    figures: { relation: 'meetingFigures', entity: true },
    sources: { relation: 'meetingSources', entity: false },
  },
  Person: {
    organization: { relation: 'personOrganization', entity: true },
    speeches: { relation: 'personSpeeches', entity: false, wrapper: { type: 'Speech', node: 'meeting', values: personSpeeches as ValuesOfRows } },
    sources: { relation: 'personSources', entity: false },
  },
  Figure: {
    organization: { relation: 'figureOrganization', entity: true },
    meeting: { relation: 'figureMeeting', entity: true },
    sources: { relation: 'figureSources', entity: false },
  },
  Source: {},
};

/** A planned relation with what the API keys its rows by: the fields of the operation it was read for. */
interface ApiRelation extends PrefetchRelation {
  entity: boolean;
  fields: FieldNode[];
}

/** Bounds on what one statement prefetches; past them the DataLoaders take over (one query per level). */
const MAX_RELATIONS = 24;
const MAX_NESTING = 4;

interface Walk {
  info: GraphQLResolveInfo;
  count: number;
}

/** The fields selected on `type` by `selectionSet`, through fragments whose condition `type` meets; null if any is conditional. */
function selectedFields(walk: Walk, type: GraphQLObjectType, selectionSet: SelectionSetNode, out: FieldNode[] = []): FieldNode[] | null {
  for (const selection of selectionSet.selections) {
    // @include/@skip are honoured by the executor; a prefetch that ignored them could read what is not asked.
    if (selection.directives && selection.directives.length > 0) return null;
    if (selection.kind === Kind.FIELD) {
      out.push(selection);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.info.fragments[selection.name.value];
    if (!fragment) return null;
    const condition = fragment.typeCondition?.name.value;
    if (condition && condition !== type.name && !type.getInterfaces().some((i) => i.name === condition)) continue;
    if (!selectedFields(walk, type, fragment.selectionSet, out)) return null;
  }
  return out;
}

/**
 * Whether a selection on type `typeName` asks for field `name`. Unknown shapes (directives, unknown fragments) count as
 * asking.
 */
function selectsField(walk: Walk, typeName: string, selectionSets: readonly SelectionSetNode[], name: string): boolean {
  const type = walk.info.schema.getType(typeName);
  if (!isObjectType(type)) return true;
  for (const selectionSet of selectionSets) {
    const fields = selectedFields(walk, type, selectionSet);
    if (!fields || fields.some((f) => f.name.value === name)) return true;
  }
  return false;
}

/** Whether the field being resolved asks for `name` on what it returns (unknown shapes count as asking). */
export function fieldSelected(info: GraphQLResolveInfo, name: string): boolean {
  return selectsField({ info, count: 0 }, getNamedType(info.returnType).name, info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])), name);
}

/**
 * For the implementations and speeches resolvers: whether the field being resolved asks for evidence (`sources`); when
 * it does not, the relation is read without it.
 */
export function evidenceSelected(info: GraphQLResolveInfo): boolean {
  return fieldSelected(info, 'sources');
}

function planOf(walk: Walk, label: EntityType, selectionSet: SelectionSetNode | undefined, depth: number, prefix: string): PrefetchPlan {
  const plan: PrefetchPlan = { relations: [] };
  const type = walk.info.schema.getType(label);
  if (!selectionSet || !isObjectType(type) || depth >= MAX_NESTING) return plan;
  const fields = selectedFields(walk, type, selectionSet);
  if (!fields) return plan;
  const byKey = new Map<string, ApiRelation & { selections: SelectionSetNode[] }>();
  for (const field of fields) {
    const prefetchable = PREFETCHABLE_FIELDS[label][field.name.value];
    const definition = type.getFields()[field.name.value];
    if (!prefetchable || !definition) continue;
    let first: number | null = null;
    try {
      const args = getArgumentValues(definition, field, walk.info.variableValues) as { first?: unknown };
      if (args.first !== undefined && args.first !== null) {
        // Sizes the resolver would refuse are left to it (it answers BAD_USER_INPUT); nothing is read for them.
        if (typeof args.first !== 'number' || !Number.isInteger(args.first) || args.first < 1 || args.first > LIMITS.relationSize) continue;
        first = args.first;
      }
    } catch {
      continue;
    }
    const evidence = prefetchable.wrapper ? selectsField(walk, prefetchable.wrapper.type, field.selectionSet ? [field.selectionSet] : [], 'sources') : true;
    // The same key as the resolver's loader: relation, size and whether evidence is read.
    const mapKey = `${prefetchable.relation}:${first ?? 'all'}:${evidence}`;
    let relation = byKey.get(mapKey);
    if (!relation) {
      if (walk.count >= MAX_RELATIONS) continue;
      walk.count += 1;
      relation = {
        key: `${prefix}${byKey.size}`,
        name: prefetchable.relation,
        first,
        evidence,
        properties: null,
        nested: { relations: [] },
        entity: prefetchable.entity,
        fields: [],
        selections: [],
      };
      byKey.set(mapKey, relation);
    }
    relation.fields.push(field);
    if (field.selectionSet) relation.selections.push(field.selectionSet);
  }
  for (const relation of byKey.values()) {
    const to = RELATIONS[relation.name].to as EntityType;
    const toType = walk.info.schema.getType(to);
    const wrapper = PREFETCHABLE_FIELDS[label][relation.fields[0]!.name.value]?.wrapper;
    // Aliases of one relation and size share a plan: their selections are read together.
    const merged = mergeSelections(relation.selections);
    // What is selected on the related entity: the fields' own selection, or, for implementations and speeches, the
    // selection of their field that holds it (`organization`, `document`, `speaker`, `meeting`).
    let onEntity: SelectionSetNode | undefined | null = merged;
    if (wrapper) {
      const wrapperType = walk.info.schema.getType(wrapper.type);
      const wrapperFields = merged && isObjectType(wrapperType) ? selectedFields(walk, wrapperType, merged) : [];
      onEntity = wrapperFields ? mergeSelections(wrapperFields.filter((f) => f.name.value === wrapper.node).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []))) : null;
    }
    if (relation.entity) relation.nested = planOf(walk, to, merged, depth + 1, `${relation.key}_`);
    // The related entity is read with only the properties selected on it; its rows then serve only the fields they were
    // read for. Whole when the selection goes on to implementations or speeches, which hand their parent entity on
    // (as `document`, `organization`, `meeting`, `speaker`), or when the selection cannot be read (directives).
    let selected: FieldNode[] | null = onEntity === null || !isObjectType(toType) ? null : onEntity ? selectedFields(walk, toType, onEntity) : [];
    if (selected?.some((f) => PREFETCHABLE_FIELDS[to][f.name.value]?.wrapper)) selected = null;
    const { selections: _selections, ...planned } = relation;
    plan.relations.push({ ...planned, properties: selected ? [...new Set(selected.map((f) => f.name.value))] : null });
  }
  return plan;
}

function mergeSelections(selections: readonly SelectionSetNode[]): SelectionSetNode | undefined {
  return selections.length > 0 ? { kind: Kind.SELECTION_SET, selections: selections.flatMap((s) => s.selections) } : undefined;
}

/** What an operation will follow from entities of `label` selected by `selectionSet` (nothing without one). */
export function prefetchPlan(info: GraphQLResolveInfo, label: EntityType, selectionSet: SelectionSetNode | undefined): PrefetchPlan {
  return planOf({ info, count: 0 }, label, selectionSet, 0, 'pf');
}

/** The selection of the field being resolved (all its occurrences merged). */
export function fieldSelection(info: GraphQLResolveInfo): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []) };
}

/** The selection of the `nodes` field of a connection field (documents, organizations, meetings). */
export function connectionNodesSelection(info: GraphQLResolveInfo): SelectionSetNode | undefined {
  const returnType = getNamedType(info.returnType);
  if (!isObjectType(returnType)) return undefined;
  const walk: Walk = { info, count: 0 };
  const selections: SelectionSetNode['selections'][number][] = [];
  for (const fieldNode of info.fieldNodes) {
    if (!fieldNode.selectionSet) continue;
    const fields = selectedFields(walk, returnType, fieldNode.selectionSet);
    if (!fields) return undefined;
    for (const f of fields) if (f.name.value === 'nodes' && f.selectionSet) selections.push(...f.selectionSet.selections);
  }
  return selections.length > 0 ? { kind: Kind.SELECTION_SET, selections } : undefined;
}

/** Primes the DataLoaders with what a prefetch read for the entity `id`, and recursively for what it led to. */
export function primePrefetched(loaders: Loaders, plan: PrefetchPlan, id: string, prefetched: unknown): void {
  if (!prefetched || typeof prefetched !== 'object') return;
  const value = prefetched as Record<string, unknown>;
  for (const relation of plan.relations) {
    const raw = value[relation.key];
    if (!Array.isArray(raw)) continue;
    const rows = raw.map((row) => readPrefetchedRow(relation, row));
    const related = rows.map((row) => ({ key: id, node: row.node, rel: row.rel }));
    // Rows with selected properties only serve the fields they were read for, never the relation's loader (which
    // another field, selecting more, may use); whole rows serve both.
    for (const field of (relation as ApiRelation).fields) loaders.primeField(field, id, related);
    if (relation.properties === null) loaders.primeRelated(relation.name, relation.first, relation.evidence, id, related);
    if (relation.nested.relations.length === 0) continue;
    for (const row of rows) primePrefetched(loaders, relation.nested, String(row.node.id), row.nested);
  }
}

/** The Prefetch of an operation for the entities of `label` a resolver returns, or undefined when it follows nothing. */
export function prefetchFor(loaders: Loaders, plan: PrefetchPlan): Prefetch | undefined {
  if (plan.relations.length === 0) return undefined;
  return { plan, prime: (id, prefetched) => primePrefetched(loaders, plan, id, prefetched) };
}

/**
 * Lets the relation fields (`children`, `organized`, `documents`, `issuer`, `implementations`, `speeches`…) answer
 * straight from the rows read ahead for them, before type-graphql's resolver wrapper runs: that wrapper turns the
 * arguments into a class instance, validates it and awaits the resolver, for every parent item (420 times in a
 * three-level tree), where the rows are already there. Rows are read ahead only for a field whose `first` the planner
 * found valid (planOf: what RelationArgs allows), so no argument that validation would refuse gets past this; without
 * rows, the resolver runs as before (loaders, validation, errors). The answer is the resolver's: the rows through the
 * same record mapper (the first one, or null, for a single entity), or through the same `values` for the wrappers.
 */
export function answerReadAheadFields(schema: GraphQLSchema): void {
  wrapResolvers(schema, PREFETCHABLE_FIELDS, (field, resolve, spec) => {
    if (!spec.entity && !spec.wrapper) return null;
    const mapper = RECORD_MAPPERS[RELATIONS[spec.relation].to as EntityType] as (row: Record<string, unknown>) => unknown;
    const list = isListType(getNullableType(field.type));
    const values: ValuesOfRows = spec.wrapper?.values ?? ((_parent, rows) => (list ? rows : rows.slice(0, 1)).map((row) => mapper(row.node)));
    return (parent, args, context, info) => {
      const record = parent as { id: string };
      const rows = (context as Context).loaders.readAhead(info.fieldNodes[0]!, record.id);
      if (!rows) return resolve(parent, args, context, info);
      // The parent record itself: implementations and speeches hand it on as their end.
      const answer = values(record, rows);
      return list ? answer : (answer[0] ?? null);
    };
  });
}
