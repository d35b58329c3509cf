import type { RelatedRow } from '../db/cypher/relations';
import { evidenceOf, toDocument, toMeeting, toOrganization, toPerson } from '../db/mappers/records';
import type { DocumentRecord, ImplementationRecord, MeetingRecord, OrganizationRecord, PersonRecord, SpeechRecord } from '../domain/records';

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
