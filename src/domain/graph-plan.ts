import { meetingId, nameKey } from './identity';
import { cleanLabel } from './text';

/**
 * What an import writes: plain data with ids already decided by the identity rules. Seeds and article imports both
 * produce a GraphPlan; one writer turns it into one transaction. Every quote is a sentence of `source.text`.
 */

export type OrganizationKind =
  | 'PARTY_COMMITTEE'
  | 'PARTY_ORGANIZATION'
  | 'PARTY_AGENCY'
  | 'STATE_BODY'
  | 'STATE_AGENCY'
  | 'MASS_ORGANIZATION'
  | 'OTHER';

export type MeetingFormat = 'IN_PERSON' | 'ONLINE' | 'HYBRID';

export type FigureQualifier = 'EXACT' | 'APPROXIMATE' | 'MORE_THAN' | 'LESS_THAN' | 'AT_LEAST' | 'AT_MOST';

export interface PlanSource {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
  text: string;
}

export interface PlanOrganization {
  id: string;
  name: string;
  aliases: string[];
  province: string | null;
  kind: OrganizationKind;
  foundedOn: string | null;
  parentId: string | null;
  /** The party organization (Đảng bộ) this committee (Đảng ủy) leads. */
  leadsId: string | null;
  quotes: string[];
}

export interface PlanDocument {
  id: string;
  code: string | null;
  system: 'PARTY' | 'STATE' | null;
  kind: string;
  typeName: string;
  /** How people refer to it: "Chỉ thị số 30-CT/TW", "Nghị quyết Hội nghị Trung ương 8, khóa XIII". */
  name: string;
  title: string | null;
  issuedOn: string | null;
  term: string | null;
  issuerId: string | null;
  quotes: string[];
}

export interface PlanMeeting {
  id: string;
  title: string;
  date: string | null;
  format: MeetingFormat | null;
  connectedPoints: number | null;
  organizerId: string | null;
  quotes: string[];
}

/**
 * A meeting as a plan holds it, with its id from the identity rules: seeds and imports build meetings through this one
 * function, so the same meeting gets the same id from either.
 */
export function planMeeting(m: Omit<PlanMeeting, 'id'>): PlanMeeting {
  const title = cleanLabel(m.title);
  return { ...m, id: meetingId({ organizerId: m.organizerId, date: m.date, title }), title };
}

export interface PlanPerson {
  id: string;
  name: string | null;
  role: string | null;
  organizationId: string | null;
  quotes: string[];
}

export interface PlanSpeech {
  personId: string;
  meetingId: string;
  topic: string | null;
  quote: string;
}

export interface PlanImplementation {
  organizationId: string;
  documentId: string;
  actions: string[];
  quote: string;
}

export interface PlanDissemination {
  meetingId: string;
  documentId: string;
  quote: string;
}

export interface PlanBasedOn {
  documentId: string;
  basisId: string;
  quote: string;
}

export interface PlanFigure {
  id: string;
  value: number;
  unit: string;
  description: string;
  qualifier: FigureQualifier;
  isTarget: boolean;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  organizationId: string | null;
  meetingId: string | null;
  quote: string;
}

export interface GraphPlan {
  source: PlanSource;
  organizations: PlanOrganization[];
  documents: PlanDocument[];
  meetings: PlanMeeting[];
  persons: PlanPerson[];
  speeches: PlanSpeech[];
  implementations: PlanImplementation[];
  disseminations: PlanDissemination[];
  basedOn: PlanBasedOn[];
  figures: PlanFigure[];
}

/** A body already in the graph, with the names it is known by: what an import resolves the bodies it meets against. */
export interface KnownOrganization {
  id: string;
  name: string;
  aliases: string[];
  province: string | null;
}

/** Separates source id and quote inside the `evidence` list stored on relationships. */
export const EVIDENCE_SEPARATOR = '\u001f';

/** One evidence entry as stored on a relationship. */
export function evidenceEntry(sourceId: string, quote: string): string {
  return `${sourceId}${EVIDENCE_SEPARATOR}${quote}`;
}

/** A link a plan states through its entities' fields (parentId, leadsId, organizationId, meetingId), with its quote. */
export interface StructuralLink {
  from: string;
  to: string;
  /** The sentence that supports the link, or null when no sentence of the source names both ends. */
  quote: string | null;
}

/**
 * The links a plan states through its entities' fields, each with its evidence: (child)-[:PART_OF]->(parent),
 * (committee)-[:LEADS]->(organization) and (person)-[:REPRESENTS]->(organization) with the first sentence mentioning
 * the first end that also names the second (by its name or an alias, compared as names are: folded, whole words) or,
 * for a person, else the one giving the role the body was read from, and (figure)-[:REPORTED_AT]->(meeting) with the
 * figure's sentence (as REPORTED_BY). A hierarchy known from the list of bodies rather than from the article has no
 * such sentence and no evidence. `key` folds a name (remembered by callers that fold the same names many times).
 */
export function structuralLinks(
  plan: GraphPlan,
  key: (name: string) => string = nameKey,
): Record<'partOf' | 'leads' | 'represents' | 'reportedAt', StructuralLink[]> {
  const namesOf = new Map(plan.organizations.map((o) => [o.id, [o.name, ...o.aliases]]));
  // A quote is looked at for each link of its entity (a body's part-of and leads, a person's body and role): folded once.
  const foldedQuotes = new Map<string, string>();
  const foldedQuote = (quote: string): string => {
    let folded = foldedQuotes.get(quote);
    if (folded === undefined) {
      folded = ` ${nameKey(quote)} `;
      foldedQuotes.set(quote, folded);
    }
    return folded;
  };
  const naming = (quotes: readonly string[], to: string): string | null => {
    const names = (namesOf.get(to) ?? []).map((n) => ` ${key(n)} `).filter((n) => n.trim() !== '');
    return quotes.find((quote) => names.some((n) => foldedQuote(quote).includes(n))) ?? null;
  };
  const link = (from: string, to: string, quotes: readonly string[]): StructuralLink => ({ from, to, quote: naming(quotes, to) });
  return {
    partOf: plan.organizations.filter((o) => o.parentId).map((o) => link(o.id, o.parentId!, o.quotes)),
    leads: plan.organizations.filter((o) => o.leadsId).map((o) => link(o.id, o.leadsId!, o.quotes)),
    // A person's body is often named by the role only ("đồng chí X, Bí thư Thành ủy"): the sentence giving the role.
    represents: plan.persons
      .filter((p) => p.organizationId)
      .map((p) => {
        const named = link(p.id, p.organizationId!, p.quotes);
        const role = p.role ? ` ${key(p.role)} ` : null;
        return named.quote !== null || role === null ? named : { ...named, quote: p.quotes.find((q) => foldedQuote(q).includes(role)) ?? null };
      }),
    reportedAt: plan.figures.filter((f) => f.meetingId).map((f) => ({ from: f.id, to: f.meetingId!, quote: f.quote })),
  };
}

/** Splits a stored evidence entry back into source id and quote. */
export function parseEvidenceEntry(entry: string): { sourceId: string; quote: string } {
  const at = entry.indexOf(EVIDENCE_SEPARATOR);
  return at < 0 ? { sourceId: '', quote: entry } : { sourceId: entry.slice(0, at), quote: entry.slice(at + 1) };
}

/** Problems that make a plan unfit to write: quotes that are not in the source, links to entities it lacks. */
export function checkPlan(plan: GraphPlan, { knownIds = new Set<string>() }: { knownIds?: Set<string> } = {}): string[] {
  const problems: string[] = [];
  const text = plan.source.text;
  const ids = new Set<string>([
    ...knownIds,
    ...plan.organizations.map((o) => o.id),
    ...plan.documents.map((d) => d.id),
    ...plan.meetings.map((m) => m.id),
    ...plan.persons.map((p) => p.id),
  ]);
  const quote = (where: string, q: string) => {
    if (!text.includes(q)) problems.push(`${where}: quote is not in the source text: "${q.slice(0, 80)}"`);
  };
  const ref = (where: string, id: string | null) => {
    if (id !== null && !ids.has(id)) problems.push(`${where}: refers to ${id}, which the plan does not define`);
  };
  for (const o of plan.organizations) {
    o.quotes.forEach((q) => quote(`organization ${o.name}`, q));
    ref(`organization ${o.name} parent`, o.parentId);
    ref(`organization ${o.name} leads`, o.leadsId);
  }
  for (const d of plan.documents) {
    d.quotes.forEach((q) => quote(`document ${d.name}`, q));
    ref(`document ${d.name} issuer`, d.issuerId);
  }
  for (const m of plan.meetings) {
    m.quotes.forEach((q) => quote(`meeting ${m.title}`, q));
    ref(`meeting ${m.title} organizer`, m.organizerId);
  }
  for (const p of plan.persons) {
    p.quotes.forEach((q) => quote(`person ${p.name ?? p.role}`, q));
    ref(`person ${p.name ?? p.role} organization`, p.organizationId);
  }
  plan.speeches.forEach((s, i) => {
    quote(`speech ${i}`, s.quote);
    ref(`speech ${i} speaker`, s.personId);
    ref(`speech ${i} meeting`, s.meetingId);
  });
  plan.implementations.forEach((x, i) => {
    quote(`implementation ${i}`, x.quote);
    ref(`implementation ${i} organization`, x.organizationId);
    ref(`implementation ${i} document`, x.documentId);
  });
  plan.disseminations.forEach((x, i) => {
    quote(`dissemination ${i}`, x.quote);
    ref(`dissemination ${i} meeting`, x.meetingId);
    ref(`dissemination ${i} document`, x.documentId);
  });
  plan.basedOn.forEach((x, i) => {
    quote(`basedOn ${i}`, x.quote);
    ref(`basedOn ${i} document`, x.documentId);
    ref(`basedOn ${i} basis`, x.basisId);
  });
  plan.figures.forEach((f) => {
    quote(`figure ${f.description}`, f.quote);
    ref(`figure ${f.description} organization`, f.organizationId);
    ref(`figure ${f.description} meeting`, f.meetingId);
  });
  return problems;
}

function mergeBy<T>(base: readonly T[], override: readonly T[], key: (item: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const item of base) merged.set(key(item), item);
  for (const item of override) merged.set(key(item), item);
  return [...merged.values()];
}

/**
 * One plan from two of the same source: everything either holds, and where both describe the same entity or link,
 * `override` wins. Seeds use it to lay their hand-checked facts over what the extractor read from the same article.
 */
export function mergePlans(base: GraphPlan, override: GraphPlan): GraphPlan {
  if (base.source.id !== override.source.id) throw new Error(`cannot merge plans of two sources (${base.source.id}, ${override.source.id})`);
  const byId = (x: { id: string }) => x.id;
  return {
    source: override.source,
    organizations: mergeBy(base.organizations, override.organizations, byId),
    documents: mergeBy(base.documents, override.documents, byId),
    meetings: mergeBy(base.meetings, override.meetings, byId),
    persons: mergeBy(base.persons, override.persons, byId),
    speeches: mergeBy(base.speeches, override.speeches, (s) => `${s.personId}|${s.meetingId}|${s.topic ?? ''}`),
    implementations: mergeBy(base.implementations, override.implementations, (i) => `${i.organizationId}|${i.documentId}|${i.quote}`),
    disseminations: mergeBy(base.disseminations, override.disseminations, (d) => `${d.meetingId}|${d.documentId}`),
    basedOn: mergeBy(base.basedOn, override.basedOn, (b) => `${b.documentId}|${b.basisId}`),
    figures: mergeBy(base.figures, override.figures, byId),
  };
}
