import type { EntityType } from '../../domain/ids';
import type { CypherQuery } from '../neo4j';
import { projection } from './projections';

/**
 * Every relation the API follows from an entity, as a pattern from `a` (the entity) to `b` (what it leads to),
 * through `r`. One query loads a relation for a whole batch of ids: the DataLoaders that call these keep the number of
 * queries per GraphQL operation independent of the number of items returned. `properties` marks the relations whose
 * relationship properties (actions, topic, evidence, quotes) the API reads; the others do not fetch them. `lean` is what
 * to read instead when the operation does not ask for the evidence (it can be long: a sentence per source).
 */
export interface Relation {
  from: EntityType;
  to: EntityType;
  pattern: string;
  order: string;
  properties?: true;
  lean?: string;
}

export const RELATIONS = {
  documentIssuer: { from: 'Document', to: 'Organization', pattern: '(a)-[r:ISSUED_BY]->(b)', order: 'b.name' },
  documentImplementations: { from: 'Document', to: 'Organization', pattern: '(b)-[r:IMPLEMENTS]->(a)', order: 'b.name', properties: true, lean: 'r {.actions}' },
  documentMeetings: { from: 'Document', to: 'Meeting', pattern: '(b)-[r:DISSEMINATED]->(a)', order: 'b.date DESC, b.id' },
  documentBasedOn: { from: 'Document', to: 'Document', pattern: '(a)-[r:BASED_ON]->(b)', order: 'b.issuedOn, b.id' },
  documentDerived: { from: 'Document', to: 'Document', pattern: '(b)-[r:BASED_ON]->(a)', order: 'b.issuedOn, b.id' },
  documentSources: { from: 'Document', to: 'Source', pattern: '(a)-[r:MENTIONED_IN]->(b)', order: 'b.id', properties: true },
  organizationParent: { from: 'Organization', to: 'Organization', pattern: '(a)-[r:PART_OF]->(b)', order: 'b.name' },
  organizationChildren: { from: 'Organization', to: 'Organization', pattern: '(b)-[r:PART_OF]->(a)', order: 'b.name' },
  organizationLeads: { from: 'Organization', to: 'Organization', pattern: '(a)-[r:LEADS]->(b)', order: 'b.name' },
  organizationLedBy: { from: 'Organization', to: 'Organization', pattern: '(b)-[r:LEADS]->(a)', order: 'b.name' },
  organizationIssued: { from: 'Organization', to: 'Document', pattern: '(b)-[r:ISSUED_BY]->(a)', order: 'b.issuedOn DESC, b.id' },
  organizationOrganized: { from: 'Organization', to: 'Meeting', pattern: '(b)-[r:ORGANIZED_BY]->(a)', order: 'b.date DESC, b.id' },
  organizationImplementations: { from: 'Organization', to: 'Document', pattern: '(a)-[r:IMPLEMENTS]->(b)', order: 'b.issuedOn DESC, b.id', properties: true, lean: 'r {.actions}' },
  organizationFigures: { from: 'Organization', to: 'Figure', pattern: '(b)-[r:REPORTED_BY]->(a)', order: 'b.periodStart, b.id' },
  organizationPeople: { from: 'Organization', to: 'Person', pattern: '(b)-[r:REPRESENTS]->(a)', order: 'b.name, b.role' },
  organizationSources: { from: 'Organization', to: 'Source', pattern: '(a)-[r:MENTIONED_IN]->(b)', order: 'b.id', properties: true },
  meetingOrganizer: { from: 'Meeting', to: 'Organization', pattern: '(a)-[r:ORGANIZED_BY]->(b)', order: 'b.name' },
  meetingSpeeches: { from: 'Meeting', to: 'Person', pattern: '(b)-[r:SPOKE_AT]->(a)', order: 'b.name, b.role, r.topic', properties: true, lean: 'r {.topic}' },
  meetingDocuments: { from: 'Meeting', to: 'Document', pattern: '(a)-[r:DISSEMINATED]->(b)', order: 'b.issuedOn, b.id' },
  meetingFigures: { from: 'Meeting', to: 'Figure', pattern: '(b)-[r:REPORTED_AT]->(a)', order: 'b.id' },
  meetingSources: { from: 'Meeting', to: 'Source', pattern: '(a)-[r:MENTIONED_IN]->(b)', order: 'b.id', properties: true },
  personOrganization: { from: 'Person', to: 'Organization', pattern: '(a)-[r:REPRESENTS]->(b)', order: 'b.name' },
  personSpeeches: { from: 'Person', to: 'Meeting', pattern: '(a)-[r:SPOKE_AT]->(b)', order: 'b.date DESC, b.id', properties: true, lean: 'r {.topic}' },
  personSources: { from: 'Person', to: 'Source', pattern: '(a)-[r:MENTIONED_IN]->(b)', order: 'b.id', properties: true },
  figureOrganization: { from: 'Figure', to: 'Organization', pattern: '(a)-[r:REPORTED_BY]->(b)', order: 'b.name' },
  figureMeeting: { from: 'Figure', to: 'Meeting', pattern: '(a)-[r:REPORTED_AT]->(b)', order: 'b.date' },
  figureSources: { from: 'Figure', to: 'Source', pattern: '(a)-[r:MENTIONED_IN]->(b)', order: 'b.id', properties: true },
} as const satisfies Record<string, Relation>;

export type RelationName = keyof typeof RELATIONS;

/** What a row of relation `name` carries of its relationship `variable`: nothing, the lean map or all properties. */
export function relationshipProperties(name: RelationName, variable: string, evidence: boolean): string {
  const { properties, lean } = RELATIONS[name] as Relation;
  if (!properties) return '{}';
  return !evidence && lean ? lean.replace(/^r /, `${variable} `) : `properties(${variable})`;
}

/** One row per related entity: `key` is the id it was loaded for, `node` the related entity, `rel` the relationship's properties. */
export interface RelatedRow {
  key: string;
  node: Record<string, unknown>;
  rel: Record<string, unknown>;
}

/**
 * Loads relation `name` for every id in `ids` in one statement; with `limit`, at most that many per id (the first in
 * the relation's order), cut inside a subquery per id so that a dense node is never read whole. Without `evidence`,
 * relations with a lean form leave their evidence out.
 */
export function buildRelatedQuery(name: RelationName, ids: readonly string[], limit?: number | null, evidence = true): CypherQuery {
  const { from, to, pattern, order } = RELATIONS[name] as Relation;
  const match = `MATCH ${pattern.replace('(b)', `(b:${to})`)}`;
  const returned = `RETURN id AS key, ${projection('b', to)} AS node, ${relationshipProperties(name, 'r', evidence)} AS rel
ORDER BY key, ${order}`;
  if (limit === undefined || limit === null) {
    return {
      cypher: `UNWIND $ids AS id
MATCH (a:${from} {id: id})
${match}
${returned}`,
      params: { ids: [...ids] },
    };
  }
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:${from} {id: id})
CALL (a) {
  ${match}
  RETURN b, r ORDER BY ${order} LIMIT toInteger($limit)
}
${returned}`,
    params: { ids: [...ids], limit },
  };
}

/** Loads entities of one label by id in one statement. */
export function buildNodesByIdQuery(label: EntityType, ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (b:${label} {id: id})
RETURN id AS key, ${projection('b', label)} AS node`,
    params: { ids: [...ids] },
  };
}

/**
 * The meetings at which a body implemented a document: meetings it organized that disseminated that document.
 * One statement for a batch of (organization, document) pairs.
 */
export function buildImplementationMeetingsQuery(pairs: ReadonlyArray<{ organizationId: string; documentId: string }>): CypherQuery {
  return {
    cypher: `UNWIND $pairs AS pair
MATCH (o:Organization {id: pair.organizationId})<-[:ORGANIZED_BY]-(b:Meeting)-[:DISSEMINATED]->(d:Document {id: pair.documentId})
RETURN pair.organizationId + '|' + pair.documentId AS key, ${projection('b', 'Meeting')} AS node
ORDER BY key, b.date DESC, b.id`,
    params: { pairs: pairs.map(({ organizationId, documentId }) => ({ organizationId, documentId })) },
  };
}
