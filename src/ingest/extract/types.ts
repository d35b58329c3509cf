/**
 * What the extractor reads and what it returns. Everything here is plain data: entities are linked by `key`s local to
 * one extraction; planFromExtraction turns keys into the graph's deterministic ids.
 */
import type { DocumentKind } from '../../domain/document-kind';
import type { FigureQualifier, MeetingFormat, OrganizationKind } from '../../domain/graph-plan';

/** One article to read. `publishedOn` is an ISO date (YYYY-MM-DD); it gives the year of dates written without one. */
export type { ArticleInput } from '../../domain/article';

/**
 * Where a fact was read: the sentence (`quote`, exactly as in the NFC text, starting at `quoteStart`) and the words
 * that state the fact (`text.slice(start, end)`).
 */
export interface Evidence {
  quote: string;
  quoteStart: number;
  start: number;
  end: number;
}

export interface ExtractedOrganization {
  /** Local key: the folded canonical name. */
  key: string;
  /** Canonical full name, e.g. "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn". */
  name: string;
  /** Every other spelling met in the text, e.g. "Đảng ủy Khối CCQ tỉnh". */
  aliases: string[];
  province: string | null;
  kind: OrganizationKind;
  parentKey: string | null;
  /** The party organization (Đảng bộ) this committee (Đảng ủy) leads. */
  leadsKey: string | null;
  /** Empty for a body the text implies without naming (the Central Committee behind "Hội nghị Trung ương 8"). */
  mentions: Evidence[];
}

export interface ExtractedDocument {
  key: string;
  /** Normalised code ("30-CT/TW"), or null for a document known by name. */
  code: string | null;
  system: 'PARTY' | 'STATE' | null;
  kind: DocumentKind;
  typeName: string;
  /** "Chỉ thị số 30-CT/TW", or the name of a document without code ("Nghị quyết Hội nghị Trung ương 8, khóa XIII"). */
  name: string;
  /** The subject line as written ("về công tác tuyên truyền miệng trong tình hình mới"). */
  title: string | null;
  issuedOn: string | null;
  term: string | null;
  issuerKey: string | null;
  /** Issuer abbreviation of the code ("TW", "TU", "UBND"): part of the identity. */
  issuerAbbreviation: string | null;
  /** Province whose body numbered the code, for codes of local bodies. */
  issuerProvince: string | null;
  /** Year a state normative code carries ("30/2020/NĐ-CP" → 2020). */
  codeYear: number | null;
  mentions: Evidence[];
}

export interface ExtractedMeeting {
  key: string;
  title: string;
  date: string | null;
  format: MeetingFormat | null;
  connectedPoints: number | null;
  organizerKey: string | null;
  mentions: Evidence[];
}

export interface ExtractedPerson {
  key: string;
  name: string | null;
  /** The post as written ("Phó Bí thư Tỉnh ủy"), or the role when the text names no one ("Lãnh đạo Sở Kế hoạch và Đầu tư"). */
  role: string | null;
  organizationKey: string | null;
  mentions: Evidence[];
}

export interface ExtractedSpeech {
  personKey: string;
  meetingKey: string;
  topic: string | null;
  evidence: Evidence;
}

export interface ExtractedImplementation {
  organizationKey: string;
  documentKey: string;
  /** The verbs as written, e.g. ["tiếp tục cụ thể hóa", "triển khai thực hiện"]. */
  actions: string[];
  evidence: Evidence;
}

export interface ExtractedDissemination {
  meetingKey: string;
  documentKey: string;
  evidence: Evidence;
}

export interface ExtractedBasedOn {
  documentKey: string;
  basisKey: string;
  evidence: Evidence;
}

export interface ExtractedFigure {
  value: number;
  unit: string;
  description: string;
  qualifier: FigureQualifier;
  isTarget: boolean;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  organizationKey: string | null;
  meetingKey: string | null;
  evidence: Evidence;
}

export interface ExtractedSource {
  url: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
  /** The province "tỉnh" refers to: from the url host, the publisher or the text. */
  province: string | null;
  /** The year of dates written without one, or null when neither publishedOn nor the text tells. */
  year: number | null;
}

export interface Extraction {
  /** The input text in NFC: every offset and quote refers to it. */
  text: string;
  source: ExtractedSource;
  organizations: ExtractedOrganization[];
  documents: ExtractedDocument[];
  meetings: ExtractedMeeting[];
  persons: ExtractedPerson[];
  speeches: ExtractedSpeech[];
  implementations: ExtractedImplementation[];
  disseminations: ExtractedDissemination[];
  basedOn: ExtractedBasedOn[];
  figures: ExtractedFigure[];
  /** Things noticed but not resolved, in plain words. */
  warnings: string[];
}
