import type { FigureQualifier, MeetingFormat, OrganizationKind } from './graph-plan';
import type { DocumentKind } from './document-kind';

/** Read models: entities as the API sees them, with dates as ISO strings and ids as strings. */

export interface DocumentRecord {
  id: string;
  code: string | null;
  system: 'PARTY' | 'STATE' | null;
  kind: DocumentKind;
  typeName: string;
  name: string;
  title: string | null;
  issuedOn: string | null;
  term: string | null;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  aliases: string[];
  province: string | null;
  kind: OrganizationKind | null;
  foundedOn: string | null;
}

export interface MeetingRecord {
  id: string;
  title: string;
  date: string | null;
  format: MeetingFormat | null;
  connectedPoints: number | null;
}

export interface PersonRecord {
  id: string;
  name: string | null;
  role: string | null;
}

export interface FigureRecord {
  id: string;
  value: number;
  unit: string;
  description: string | null;
  qualifier: FigureQualifier | null;
  isTarget: boolean;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface SourceRecord {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
}

/** Evidence: which source, which sentence. */
export interface SourceRefRecord {
  sourceId: string;
  quote: string;
}

export interface ImplementationRecord {
  organizationId: string;
  documentId: string;
  actions: string[];
  evidence: SourceRefRecord[];
}

export interface SpeechRecord {
  personId: string;
  meetingId: string;
  topic: string | null;
  evidence: SourceRefRecord[];
}

export interface GraphNodeRecord {
  id: string;
  type: string;
  label: string;
}

export interface GraphEdgeRecord {
  from: string;
  to: string;
  type: string;
}

export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}
