import type { GraphQLSchema } from 'graphql';
import type { RelatedRow } from '../db/cypher/relations';
import { evidenceOf, toDocument, toMeeting, toOrganization, toPerson } from '../db/mappers/records';
import type { DocumentRecord, ImplementationRecord, MeetingRecord, OrganizationRecord, PersonRecord, SpeechRecord } from '../domain/records';
import { wrapResolvers } from './wrap-resolvers';

/**
 * What the implementations and speeches fields return, made from the rows of their relation: the resolvers use these
 * on rows they load, and graphql/prefetch.ts on rows read ahead, so both answer alike.
 */

/** An implementation with whichever end the parent already loaded, so it costs no second lookup. */
export interface ImplementationValue extends ImplementationRecord {
  organization?: OrganizationRecord;
  document?: DocumentRecord;
}

/** A speech with whichever end the parent already loaded. */
export interface SpeechValue extends SpeechRecord {
  speaker?: PersonRecord;
  meeting?: MeetingRecord;
}

/** An implementation read through a relation row: `rel` is the IMPLEMENTS relationship, the ends are given. */
export function implementationFrom(rel: Record<string, unknown>, ends: { organization: OrganizationRecord; document: DocumentRecord }): ImplementationValue {
  return {
    organizationId: ends.organization.id,
    documentId: ends.document.id,
    actions: Array.isArray(rel.actions) ? (rel.actions as string[]) : [],
    evidence: evidenceOf(rel),
    ...ends,
  };
}

/** Document.implementations: the rows are the implementing bodies. */
export const documentImplementations = (doc: DocumentRecord, rows: RelatedRow[]): ImplementationValue[] =>
  rows.map((row) => implementationFrom(row.rel, { organization: toOrganization(row.node), document: doc }));

/** Organization.implementations: the rows are the documents implemented. */
export const organizationImplementations = (org: OrganizationRecord, rows: RelatedRow[]): ImplementationValue[] =>
  rows.map((row) => implementationFrom(row.rel, { organization: org, document: toDocument(row.node) }));

const topicOf = (rel: Record<string, unknown>) => (typeof rel.topic === 'string' && rel.topic !== '' ? rel.topic : null);

/** Meeting.speeches: the rows are the speakers. */
export const meetingSpeeches = (meeting: MeetingRecord, rows: RelatedRow[]): SpeechValue[] =>
  rows.map((row) => ({
    personId: String(row.node.id),
    meetingId: meeting.id,
    topic: topicOf(row.rel),
    evidence: evidenceOf(row.rel),
    speaker: toPerson(row.node),
    meeting,
  }));

/** Person.speeches: the rows are the meetings. */
export const personSpeeches = (person: PersonRecord, rows: RelatedRow[]): SpeechValue[] =>
  rows.map((row) => ({
    personId: person.id,
    meetingId: String(row.node.id),
    topic: topicOf(row.rel),
    evidence: evidenceOf(row.rel),
    speaker: person,
    meeting: toMeeting(row.node),
  }));

/** The fields of implementations and speeches whose value the parent's rows already gave, and where it is kept. */
const CARRIED: Record<string, Record<string, keyof ImplementationValue | keyof SpeechValue>> = {
  Implementation: { organization: 'organization', document: 'document', sources: 'evidence' },
  Speech: { speaker: 'speaker', meeting: 'meeting', sources: 'evidence' },
};

/**
 * Lets those fields answer with the value the implementation or speech carries, before type-graphql's resolver
 * wrapper (which builds the parameters and awaits the resolver for each of a document's hundreds of implementations);
 * an end it does not carry (an implementation made from one end only) is left to the resolver and its loader.
 */
export function answerCarriedEnds(schema: GraphQLSchema): void {
  wrapResolvers(schema, CARRIED, (_field, resolve, key) => (parent, args, context, info) => (parent as Record<string, unknown>)[key] ?? resolve(parent, args, context, info));
}
