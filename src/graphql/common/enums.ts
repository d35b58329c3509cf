import { registerEnumType } from 'type-graphql';
import { DOCUMENT_KINDS, type DocumentKind as DocumentKindName } from '../../domain/document-kind';

/** GraphQL enums built from the domain's lists, so the two cannot drift apart. */

export const DocumentKind = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, k])) as { [K in DocumentKindName]: K };
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'The kind of a document. Vietnamese type names map onto these (Nghị quyết → RESOLUTION, Chỉ thị → DIRECTIVE, …).',
});

export enum OrganizationKind {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  PARTY_ORGANIZATION = 'PARTY_ORGANIZATION',
  PARTY_AGENCY = 'PARTY_AGENCY',
  STATE_BODY = 'STATE_BODY',
  STATE_AGENCY = 'STATE_AGENCY',
  MASS_ORGANIZATION = 'MASS_ORGANIZATION',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What sort of body: a party committee (cấp ủy: Ban Chấp hành, Đảng ủy), a party organization (Đảng bộ), a party advisory agency (Ban Tuyên giáo…), a state body (HĐND, UBND), a state agency (Sở), a mass organization.',
});

export enum MeetingFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}
registerEnumType(MeetingFormat, { name: 'MeetingFormat', description: 'Trực tiếp, trực tuyến, or both.' });

export enum FigureQualifier {
  EXACT = 'EXACT',
  APPROXIMATE = 'APPROXIMATE',
  MORE_THAN = 'MORE_THAN',
  LESS_THAN = 'LESS_THAN',
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
}
registerEnumType(FigureQualifier, {
  name: 'FigureQualifier',
  description: 'How the source qualifies a number: "gần" → APPROXIMATE, "trên" → MORE_THAN, "ít nhất" → AT_LEAST.',
});

export enum DateOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(DateOrder, { name: 'DateOrder', description: 'Date order of a list; undated items always come last.' });

export enum TimelineEntryKind {
  ISSUED = 'ISSUED',
  MEETING = 'MEETING',
  IMPLEMENTATION = 'IMPLEMENTATION',
  FIGURE = 'FIGURE',
}
registerEnumType(TimelineEntryKind, {
  name: 'TimelineEntryKind',
  description: 'ISSUED: a document the body issued; MEETING: a meeting it organized; IMPLEMENTATION: a document it implemented; FIGURE: a figure it reported.',
});
