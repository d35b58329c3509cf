import { createHash } from 'node:crypto';
import { parseDocumentCode } from '../domain/document-code';
import { kindFromTypeName } from '../domain/document-kind';
import {
  planMeeting,
  type FigureQualifier,
  type GraphPlan,
  type MeetingFormat,
  type OrganizationKind,
  type PlanDocument,
} from '../domain/graph-plan';
import { documentId, figureId, organizationId, personId, sourceId } from '../domain/identity';
import { normalizeTerm } from '../domain/terms';
import { cleanLabel, nfc } from '../domain/text';

/**
 * Hand-checked facts about one article, as written in seeds/*.facts.json. Entities are referred to by `ref`
 * (a name local to the file); ids come from the identity rules, so seeds and later imports of the same facts merge.
 */
export interface SeedFacts {
  article: string;
  source: { url: string | null; title: string | null; publisher: string | null; author: string | null; publishedOn: string | null };
  organizations: Array<{
    ref: string;
    name: string;
    aliases?: string[];
    kind: OrganizationKind;
    province: string | null;
    foundedOn?: string | null;
    parent?: string;
    leads?: string;
    quotes: string[];
  }>;
  documents: Array<{
    ref: string;
    code: string | null;
    typeName: string;
    name?: string;
    title: string | null;
    issuedOn: string | null;
    term: string | null;
    issuer: string | null;
    quotes: string[];
  }>;
  meetings: Array<{
    ref: string;
    title: string;
    date: string | null;
    format: MeetingFormat | null;
    connectedPoints: number | null;
    organizer: string | null;
    quotes: string[];
  }>;
  persons: Array<{ ref: string; name: string | null; role: string | null; organization: string | null; quotes: string[] }>;
  speeches: Array<{ person: string; meeting: string; topic: string | null; quote: string }>;
  implementations: Array<{ organization: string; document: string; actions: string[]; quote: string }>;
  disseminations: Array<{ meeting: string; document: string; quote: string }>;
  basedOn: Array<{ document: string; basis: string; quote: string }>;
  figures: Array<{
    value: number;
    unit: string;
    description: string;
    qualifier: FigureQualifier;
    isTarget: boolean;
    period: string | null;
    periodStart: string | null;
    periodEnd: string | null;
    organization: string | null;
    meeting: string | null;
    quote: string;
  }>;
}

/** Builds the GraphPlan of a facts file; `text` is the article. Throws when a ref is unknown. */
export function planFromSeedFacts(facts: SeedFacts, rawText: string): GraphPlan {
  const text = nfc(rawText);
  const src = sourceId({ url: facts.source.url, contentKey: createHash('sha256').update(text).digest('hex') });
  const refs = new Map<string, string>();
  const resolve = (ref: string | null | undefined, what: string): string | null => {
    if (ref === null || ref === undefined) return null;
    const id = refs.get(ref);
    if (!id) throw new Error(`${facts.article}: ${what} refers to unknown ref "${ref}"`);
    return id;
  };
  const clean = (quotes: string[]) => quotes.map(nfc);

  const provinceByRef = new Map<string, string | null>();
  for (const o of facts.organizations) {
    refs.set(o.ref, organizationId(o.name));
    provinceByRef.set(o.ref, o.province);
  }
  const organizations = facts.organizations.map((o) => ({
    id: organizationId(o.name),
    name: cleanLabel(o.name),
    aliases: (o.aliases ?? []).map(cleanLabel),
    province: o.province,
    kind: o.kind,
    foundedOn: o.foundedOn ?? null,
    parentId: resolve(o.parent, `organization ${o.ref} parent`),
    leadsId: resolve(o.leads, `organization ${o.ref} leads`),
    quotes: clean(o.quotes),
  }));

  const documents: PlanDocument[] = facts.documents.map((d) => {
    const kind = kindFromTypeName(d.typeName);
    if (!kind) throw new Error(`${facts.article}: document ${d.ref} has an unknown type name "${d.typeName}"`);
    const code = d.code ? parseDocumentCode(d.code, { typeName: d.typeName }) : null;
    const term = normalizeTerm(d.term);
    const id = documentId({
      code: code?.normalized ?? null,
      issuerAbbreviation: code?.issuerAbbreviation ?? null,
      issuerProvince: d.issuer ? (provinceByRef.get(d.issuer) ?? null) : null,
      name: d.name ?? null,
      issuedOn: d.issuedOn,
      term,
      codeYear: code?.year ?? null,
    });
    refs.set(d.ref, id);
    const typeName = cleanLabel(d.typeName);
    return {
      id,
      code: code?.normalized ?? null,
      system: code?.system ?? null,
      kind,
      typeName,
      name: cleanLabel(d.name ?? `${typeName} số ${code?.normalized ?? ''}`),
      title: d.title ? cleanLabel(d.title) : null,
      issuedOn: d.issuedOn,
      term,
      issuerId: resolve(d.issuer, `document ${d.ref} issuer`),
      quotes: clean(d.quotes),
    };
  });

  const meetings = facts.meetings.map((m) => {
    const meeting = planMeeting({
      title: m.title,
      date: m.date,
      format: m.format,
      connectedPoints: m.connectedPoints,
      organizerId: resolve(m.organizer, `meeting ${m.ref} organizer`),
      quotes: clean(m.quotes),
    });
    refs.set(m.ref, meeting.id);
    return meeting;
  });

  const persons = facts.persons.map((p) => {
    const orgId = resolve(p.organization, `person ${p.ref} organization`);
    const id = personId({ name: p.name, role: p.role, organizationId: orgId });
    refs.set(p.ref, id);
    return {
      id,
      name: p.name ? cleanLabel(p.name) : null,
      role: p.role ? cleanLabel(p.role) : null,
      organizationId: orgId,
      quotes: clean(p.quotes),
    };
  });

  const must = (ref: string, what: string) => resolve(ref, what) as string;
  return {
    source: { id: src, ...facts.source, text },
    organizations,
    documents,
    meetings,
    persons,
    speeches: facts.speeches.map((s, i) => ({
      personId: must(s.person, `speech ${i} person`),
      meetingId: must(s.meeting, `speech ${i} meeting`),
      topic: s.topic ? cleanLabel(s.topic) : null,
      quote: nfc(s.quote),
    })),
    implementations: facts.implementations.map((x, i) => ({
      organizationId: must(x.organization, `implementation ${i} organization`),
      documentId: must(x.document, `implementation ${i} document`),
      actions: x.actions.map(cleanLabel),
      quote: nfc(x.quote),
    })),
    disseminations: facts.disseminations.map((x, i) => ({
      meetingId: must(x.meeting, `dissemination ${i} meeting`),
      documentId: must(x.document, `dissemination ${i} document`),
      quote: nfc(x.quote),
    })),
    basedOn: facts.basedOn.map((x, i) => ({
      documentId: must(x.document, `basedOn ${i} document`),
      basisId: must(x.basis, `basedOn ${i} basis`),
      quote: nfc(x.quote),
    })),
    figures: facts.figures.map((f) => ({
      id: figureId({ organizationId: resolve(f.organization, 'figure organization'), value: f.value, unit: f.unit, quote: nfc(f.quote) }),
      value: f.value,
      unit: cleanLabel(f.unit),
      description: cleanLabel(f.description),
      qualifier: f.qualifier,
      isTarget: f.isTarget,
      period: f.period,
      periodStart: f.periodStart,
      periodEnd: f.periodEnd,
      organizationId: resolve(f.organization, 'figure organization'),
      meetingId: resolve(f.meeting, 'figure meeting'),
      quote: nfc(f.quote),
    })),
  };
}
