/**
 * planFromExtraction: extracted facts → the GraphPlan an import writes. Ids follow the identity rules exactly as
 * seed-facts.ts applies them (organizationId of the canonical name, documentId from code, issuer province, term and
 * date), so an imported article merges with seeded entities. A body already in the graph is reused when its name or
 * an alias matches in the same province; it is then written with the new spellings as aliases, never renamed.
 */
import { createHash } from 'node:crypto';
import { checkPlan, planMeeting, type GraphPlan, type KnownOrganization, type PlanDocument, type PlanOrganization } from '../domain/graph-plan';
import { documentId, figureId, nameKey, organizationId, personId, sourceId } from '../domain/identity';
import { cleanLabel } from '../domain/text';
import type { Evidence, Extraction } from './extract/types';


export interface PlanFromExtractionOptions {
  knownOrganizations: readonly KnownOrganization[];
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];
const quotesOf = (mentions: readonly Evidence[]) => unique(mentions.map((m) => m.quote));

/** The folded spellings resolveKnown (below) looks known bodies up by: every name and alias of the extracted bodies. */
export function organizationKeys(extraction: Extraction): string[] {
  return unique(extraction.organizations.flatMap((o) => [o.name, ...o.aliases].map(nameKey)));
}

/** Builds the plan; `warnings` says what could not be decided (ambiguous known bodies, problems checkPlan found). */
export function planFromExtraction(extraction: Extraction, { knownOrganizations }: PlanFromExtractionOptions): { plan: GraphPlan; warnings: string[] } {
  const warnings: string[] = [];
  const { text, source } = extraction;
  const src = sourceId({ url: source.url, contentKey: createHash('sha256').update(text).digest('hex') });

  // Known bodies by folded name or alias, per province.
  const known = new Map<string, KnownOrganization[]>();
  for (const organization of knownOrganizations) {
    for (const spelling of unique([organization.name, ...organization.aliases].map(nameKey))) {
      const key = `${nameKey(organization.province ?? '')}|${spelling}`;
      known.set(key, [...(known.get(key) ?? []), organization]);
    }
  }
  const resolveKnown = (name: string, aliases: readonly string[], province: string | null): KnownOrganization | null => {
    // The canonical name decides first; a short alias ("Tỉnh ủy") only when the canonical name finds nothing.
    for (const spelling of [name, ...aliases]) {
      const matches = unique(known.get(`${nameKey(province ?? '')}|${nameKey(spelling)}`) ?? []);
      if (matches.length === 1) return matches[0] as KnownOrganization;
      if (matches.length > 1) {
        warnings.push(`"${spelling}" matches ${matches.length} known bodies (${matches.map((m) => m.name).join(', ')}); a new body "${name}" is kept apart.`);
        return null;
      }
    }
    return null;
  };

  const organizationIds = new Map<string, string>();
  const organizations: PlanOrganization[] = extraction.organizations.map((o) => {
    const match = resolveKnown(o.name, o.aliases, o.province);
    const id = match?.id ?? organizationId(o.name);
    organizationIds.set(o.key, id);
    const name = match ? match.name : cleanLabel(o.name);
    const aliases = unique([o.name, ...o.aliases].map(cleanLabel)).filter((a) => a !== name);
    return {
      id,
      name,
      aliases,
      province: match ? match.province : o.province,
      kind: o.kind,
      foundedOn: null,
      parentId: null,
      leadsId: null,
      quotes: quotesOf(o.mentions),
    };
  });
  extraction.organizations.forEach((o, index) => {
    const organization = organizations[index] as PlanOrganization;
    organization.parentId = o.parentKey ? (organizationIds.get(o.parentKey) ?? null) : null;
    organization.leadsId = o.leadsKey ? (organizationIds.get(o.leadsKey) ?? null) : null;
  });
  const orgId = (key: string | null): string | null => (key === null ? null : (organizationIds.get(key) ?? null));
  // Two extracted bodies can resolve to one known body: it is written once, with every spelling and quote.
  const byId = new Map<string, PlanOrganization>();
  for (const organization of organizations) {
    const first = byId.get(organization.id);
    if (!first) {
      byId.set(organization.id, organization);
      continue;
    }
    first.aliases = unique([...first.aliases, ...organization.aliases, organization.name]).filter((a) => a !== first.name);
    first.quotes = unique([...first.quotes, ...organization.quotes]);
    first.parentId ??= organization.parentId;
    first.leadsId ??= organization.leadsId;
  }

  const documentIds = new Map<string, string>();
  const documents: PlanDocument[] = [];
  for (const d of extraction.documents) {
    const id = documentId({
      code: d.code,
      issuerAbbreviation: d.issuerAbbreviation,
      issuerProvince: d.issuerProvince,
      name: d.name,
      issuedOn: d.issuedOn,
      term: d.term,
      codeYear: d.codeYear,
    });
    documentIds.set(d.key, id);
    const existing = documents.find((x) => x.id === id);
    if (existing) {
      existing.quotes = unique([...existing.quotes, ...quotesOf(d.mentions)]);
      continue;
    }
    documents.push({
      id,
      code: d.code,
      system: d.system,
      kind: d.kind,
      typeName: cleanLabel(d.typeName),
      name: cleanLabel(d.name),
      title: d.title ? cleanLabel(d.title) : null,
      issuedOn: d.issuedOn,
      term: d.term,
      issuerId: orgId(d.issuerKey),
      quotes: quotesOf(d.mentions),
    });
  }
  const docId = (key: string) => documentIds.get(key) as string;

  const meetingIds = new Map<string, string>();
  const meetings = extraction.meetings.map((m) => {
    const meeting = planMeeting({
      title: m.title,
      date: m.date,
      format: m.format,
      connectedPoints: m.connectedPoints,
      organizerId: orgId(m.organizerKey),
      quotes: quotesOf(m.mentions),
    });
    meetingIds.set(m.key, meeting.id);
    return meeting;
  });

  const personIds = new Map<string, string>();
  const persons = extraction.persons.map((p) => {
    const organizationId = orgId(p.organizationKey);
    const id = personId({ name: p.name, role: p.role, organizationId });
    personIds.set(p.key, id);
    return {
      id,
      name: p.name ? cleanLabel(p.name) : null,
      role: p.role ? cleanLabel(p.role) : null,
      organizationId,
      quotes: quotesOf(p.mentions),
    };
  });

  const dedupe = <T>(items: T[], key: (item: T) => string): T[] => {
    const seen = new Map<string, T>();
    for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
    return [...seen.values()];
  };

  const implementations: GraphPlan['implementations'] = [];
  const issuerOf = new Map(documents.map((d) => [d.id, d.issuerId]));
  for (const x of extraction.implementations) {
    const organizationId = orgId(x.organizationKey) as string;
    const documentIdOfLink = docId(x.documentKey);
    // A body does not implement what it issued: "Bộ Chính trị … quán triệt Nghị quyết 57-NQ/TW" read next to the
    // conference it held, or "HĐND … giám sát việc thực hiện Nghị quyết …/NQ-HĐND", is the issuer acting on its own text.
    if (issuerOf.get(documentIdOfLink) === organizationId) continue;
    const same = implementations.find((i) => i.organizationId === organizationId && i.documentId === documentIdOfLink && i.quote === x.evidence.quote);
    const actions = x.actions.map(cleanLabel);
    if (same) same.actions = unique([...same.actions, ...actions]);
    else implementations.push({ organizationId, documentId: documentIdOfLink, actions, quote: x.evidence.quote });
  }

  const plan: GraphPlan = {
    source: { id: src, url: source.url, title: source.title, publisher: source.publisher, author: source.author, publishedOn: source.publishedOn, text },
    organizations: [...byId.values()].map((o) => ({ ...o, parentId: o.parentId === o.id ? null : o.parentId, leadsId: o.leadsId === o.id ? null : o.leadsId })),
    documents,
    meetings,
    persons,
    speeches: dedupe(
      extraction.speeches.map((s) => ({
        personId: personIds.get(s.personKey) as string,
        meetingId: meetingIds.get(s.meetingKey) as string,
        topic: s.topic ? cleanLabel(s.topic) : null,
        quote: s.evidence.quote,
      })),
      (s) => `${s.personId}|${s.meetingId}|${s.topic ?? ''}|${s.quote}`,
    ),
    implementations,
    disseminations: dedupe(
      extraction.disseminations.map((x) => ({ meetingId: meetingIds.get(x.meetingKey) as string, documentId: docId(x.documentKey), quote: x.evidence.quote })),
      (x) => `${x.meetingId}|${x.documentId}|${x.quote}`,
    ),
    basedOn: dedupe(
      extraction.basedOn
        .map((x) => ({ documentId: docId(x.documentKey), basisId: docId(x.basisKey), quote: x.evidence.quote }))
        .filter((x) => x.documentId !== x.basisId),
      (x) => `${x.documentId}|${x.basisId}|${x.quote}`,
    ),
    figures: dedupe(
      extraction.figures.map((f) => ({
        id: figureId({ organizationId: orgId(f.organizationKey), value: f.value, unit: f.unit, quote: f.evidence.quote }),
        value: f.value,
        unit: cleanLabel(f.unit),
        description: cleanLabel(f.description),
        qualifier: f.qualifier,
        isTarget: f.isTarget,
        period: f.period,
        periodStart: f.periodStart,
        periodEnd: f.periodEnd,
        organizationId: orgId(f.organizationKey),
        meetingId: f.meetingKey ? (meetingIds.get(f.meetingKey) ?? null) : null,
        quote: f.evidence.quote,
      })),
      (f) => f.id,
    ),
  };
  for (const problem of checkPlan(plan)) warnings.push(`The plan is inconsistent: ${problem}`);
  return { plan, warnings };
}
