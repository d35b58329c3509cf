import {
  evidenceEntry,
  type GraphPlan,
  type PlanDocument,
  type PlanFigure,
  type PlanMeeting,
  type PlanOrganization,
  type PlanPerson,
  type PlanSource,
  type StructuralLink,
  structuralLinks,
} from '../domain/graph-plan';
import { nameKey } from '../domain/identity';
import { foldedSearchText } from './search-text';
import { remembered } from './remembered';

/**
 * A batch of plans flattened into one row per node and one row per relationship, merged exactly as writeGraphPlan
 * would merge them one plan after another: a property that writeGraphPlan sets only on creation keeps its first value,
 * one it fills with coalesce keeps its first non-null value, lists (aliases, aliasKeys, actions, evidence, quotes) are
 * unions in the order met, and the search texts of an entity are kept in order, each once, to be folded into
 * `searchText` the way mergeSearchText folds them. Pure: bulk-write.ts turns the rows into statements.
 */

export type NodeLabel = 'Source' | 'Organization' | 'Document' | 'Meeting' | 'Person' | 'Figure';

/** Every node row: its id and the search texts it was written with, in order, each once. */
interface NodeRow {
  id: string;
  searchTexts: Set<string>;
}

/**
 * The node rows hold what the plan says of each entity, minus what becomes relationships (ends, quotes); only an
 * organization's differs: its folded name key, and its spellings as sets.
 */
export type SourceRow = NodeRow & PlanSource;
export type OrganizationRow = NodeRow &
  Omit<PlanOrganization, 'aliases' | 'parentId' | 'leadsId' | 'quotes'> & { nameKey: string; aliases: Set<string>; aliasKeys: Set<string> };
export type DocumentRow = NodeRow & Omit<PlanDocument, 'issuerId' | 'quotes'>;
export type MeetingRow = NodeRow & Omit<PlanMeeting, 'organizerId' | 'quotes'>;
export type PersonRow = NodeRow & Omit<PlanPerson, 'organizationId' | 'quotes'>;
export type FigureRow = NodeRow & Omit<PlanFigure, 'organizationId' | 'meetingId' | 'quote'>;

/** The relationships writeGraphPlan writes, with the labels of their ends and the list properties they carry. */
export const LINKS = {
  PART_OF: { from: 'Organization', to: 'Organization', lists: ['evidence'] },
  LEADS: { from: 'Organization', to: 'Organization', lists: ['evidence'] },
  ISSUED_BY: { from: 'Document', to: 'Organization', lists: ['evidence'] },
  ORGANIZED_BY: { from: 'Meeting', to: 'Organization', lists: ['evidence'] },
  REPRESENTS: { from: 'Person', to: 'Organization', lists: ['evidence'] },
  SPOKE_AT: { from: 'Person', to: 'Meeting', lists: ['evidence'] },
  IMPLEMENTS: { from: 'Organization', to: 'Document', lists: ['actions', 'evidence'] },
  DISSEMINATED: { from: 'Meeting', to: 'Document', lists: ['evidence'] },
  BASED_ON: { from: 'Document', to: 'Document', lists: ['evidence'] },
  REPORTED_BY: { from: 'Figure', to: 'Organization', lists: ['evidence'] },
  REPORTED_AT: { from: 'Figure', to: 'Meeting', lists: ['evidence'] },
} as const satisfies Record<string, { from: NodeLabel; to: NodeLabel; lists: readonly ListProperty[] }>;

export type LinkType = keyof typeof LINKS;
export type ListProperty = 'evidence' | 'actions' | 'quotes';

/** The labels whose nodes are MENTIONED_IN their sources, with the quotes that mention them. */
export const MENTIONING_LABELS = ['Organization', 'Document', 'Meeting', 'Person', 'Figure'] as const;
export type MentioningLabel = (typeof MENTIONING_LABELS)[number];

/** One relationship: its ends, SPOKE_AT's topic (part of its identity), and its list properties. */
export interface LinkRow {
  from: string;
  to: string;
  topic?: string;
  lists: Partial<Record<ListProperty, Set<string>>>;
}

export interface BulkRows {
  plans: number;
  /** Rows of every statement, added up: what the batch size is measured in. */
  rows: number;
  sources: Map<string, SourceRow>;
  organizations: Map<string, OrganizationRow>;
  documents: Map<string, DocumentRow>;
  meetings: Map<string, MeetingRow>;
  persons: Map<string, PersonRow>;
  figures: Map<string, FigureRow>;
  links: Record<LinkType, Map<string, LinkRow>>;
  mentions: Record<MentioningLabel, Map<string, LinkRow>>;
}

/** An empty batch. */
export function createBulkRows(): BulkRows {
  return {
    plans: 0,
    rows: 0,
    sources: new Map(),
    organizations: new Map(),
    documents: new Map(),
    meetings: new Map(),
    persons: new Map(),
    figures: new Map(),
    links: Object.fromEntries(Object.keys(LINKS).map((type) => [type, new Map()])) as BulkRows['links'],
    mentions: Object.fromEntries(MENTIONING_LABELS.map((label) => [label, new Map()])) as BulkRows['mentions'],
  };
}


const cachedNameKey = remembered(nameKey);
const cachedSearchText = remembered(foldedSearchText);

/** searchTextOf(parts), remembered: searchTextOf joins the parts that are set with a space before folding. */
function searchText(parts: ReadonlyArray<string | null>): string {
  return cachedSearchText(parts.filter((p): p is string => !!p).join(' '));
}

/** The folded search text `texts` give a node that had none, as mergeSearchText folds them one write after another. */
export function foldSearchTexts(texts: Iterable<string>, start: string | null = null): string | null {
  let acc = start;
  for (const text of texts) {
    if (acc === null || acc === '') acc = text;
    else if (text !== '' && !acc.includes(text)) acc = `${acc} ${text}`;
  }
  return acc;
}

function addAll(target: Set<string>, items: Iterable<string>): void {
  for (const item of items) target.add(item);
}

/** The row of `id` in `map`, created by `create` when it is the first occurrence (`fresh` tells which). */
function rowOf<T>(rows: BulkRows, map: Map<string, T>, id: string, create: () => T): { row: T; fresh: boolean } {
  const existing = map.get(id);
  if (existing) return { row: existing, fresh: false };
  const row = create();
  map.set(id, row);
  rows.rows += 1;
  return { row, fresh: true };
}

function link(rows: BulkRows, map: Map<string, LinkRow>, from: string, to: string, lists: Partial<Record<ListProperty, readonly string[]>> = {}, topic?: string): void {
  const key = topic === undefined ? `${from}\u0000${to}` : `${from}\u0000${to}\u0000${topic}`;
  const { row } = rowOf<LinkRow>(rows, map, key, () => (topic === undefined ? { from, to, lists: {} } : { from, to, topic, lists: {} }));
  for (const [name, items] of Object.entries(lists) as Array<[ListProperty, readonly string[]]>) {
    const set = row.lists[name] ?? (row.lists[name] = new Set());
    addAll(set, items);
  }
}

function mention(rows: BulkRows, label: MentioningLabel, nodeId: string, sourceId: string, quotes: readonly string[]): void {
  if (quotes.length > 0) link(rows, rows.mentions[label], nodeId, sourceId, { quotes });
}

/** Adds one plan to the batch, merging what it says with what earlier plans of the batch said. */
export function addPlan(rows: BulkRows, plan: GraphPlan): void {
  rows.plans += 1;
  const { source } = plan;
  const sourceId = source.id;
  const ev = (quote: string) => evidenceEntry(sourceId, quote);
  const structural = structuralLinks(plan, cachedNameKey);
  const structuralLink = (type: 'PART_OF' | 'LEADS' | 'REPRESENTS' | 'REPORTED_AT', links: StructuralLink[]) => {
    for (const l of links) link(rows, rows.links[type], l.from, l.to, { evidence: l.quote === null ? [] : [ev(l.quote)] });
  };

  {
    const { row, fresh } = rowOf(rows, rows.sources, sourceId, () => ({ ...source, searchTexts: new Set<string>() }));
    if (!fresh) {
      row.url ??= source.url;
      row.title ??= source.title;
      row.publisher ??= source.publisher;
      row.author ??= source.author;
      row.publishedOn ??= source.publishedOn;
      row.text ??= source.text;
    }
    // A source's text is met once: folding it is not worth remembering.
    row.searchTexts.add(foldedSearchText([source.title, source.publisher, source.author, source.text].filter((p): p is string => !!p).join(' ')));
  }

  for (const o of plan.organizations) {
    const { row, fresh } = rowOf(rows, rows.organizations, o.id, () => ({
      id: o.id,
      name: o.name,
      nameKey: cachedNameKey(o.name),
      province: o.province,
      kind: o.kind,
      foundedOn: o.foundedOn,
      aliases: new Set<string>(),
      aliasKeys: new Set<string>(),
      searchTexts: new Set<string>(),
    }));
    if (!fresh) {
      row.province ??= o.province;
      row.kind ??= o.kind;
      row.foundedOn ??= o.foundedOn;
    }
    addAll(row.aliases, o.aliases);
    row.aliasKeys.add(cachedNameKey(o.name));
    for (const alias of o.aliases) row.aliasKeys.add(cachedNameKey(alias));
    row.searchTexts.add(o.aliases.length === 0 ? searchText([o.name]) : searchText([o.name, ...o.aliases]));
    mention(rows, 'Organization', o.id, sourceId, o.quotes);
  }
  structuralLink('PART_OF', structural.partOf);
  structuralLink('LEADS', structural.leads);

  for (const d of plan.documents) {
    const { row, fresh } = rowOf(rows, rows.documents, d.id, () => {
      const { issuerId: _issuer, quotes: _quotes, ...fields } = d;
      return { ...fields, searchTexts: new Set<string>() };
    });
    if (!fresh) {
      row.title ??= d.title;
      row.issuedOn ??= d.issuedOn;
      row.term ??= d.term;
    }
    row.searchTexts.add(searchText([d.code, d.typeName, d.name, d.title]));
    mention(rows, 'Document', d.id, sourceId, d.quotes);
    if (d.issuerId !== null) link(rows, rows.links.ISSUED_BY, d.id, d.issuerId, { evidence: d.quotes.slice(0, 1).map(ev) });
  }

  for (const m of plan.meetings) {
    const { row, fresh } = rowOf(rows, rows.meetings, m.id, () => {
      const { organizerId: _organizer, quotes: _quotes, ...fields } = m;
      return { ...fields, searchTexts: new Set<string>() };
    });
    if (!fresh) {
      row.date ??= m.date;
      row.format ??= m.format;
      row.connectedPoints ??= m.connectedPoints;
    }
    row.searchTexts.add(searchText([m.title]));
    mention(rows, 'Meeting', m.id, sourceId, m.quotes);
    if (m.organizerId !== null) link(rows, rows.links.ORGANIZED_BY, m.id, m.organizerId, { evidence: m.quotes.slice(0, 1).map(ev) });
  }

  for (const p of plan.persons) {
    const { row, fresh } = rowOf(rows, rows.persons, p.id, () => {
      const { organizationId: _organization, quotes: _quotes, ...fields } = p;
      return { ...fields, searchTexts: new Set<string>() };
    });
    if (!fresh) {
      row.name ??= p.name;
      row.role ??= p.role;
    }
    row.searchTexts.add(searchText([p.name, p.role]));
    mention(rows, 'Person', p.id, sourceId, p.quotes);
  }
  structuralLink('REPRESENTS', structural.represents);

  // writeGraphPlan stores a speech without a known topic with topic "" (MERGE cannot match on null).
  for (const s of plan.speeches) link(rows, rows.links.SPOKE_AT, s.personId, s.meetingId, { evidence: [ev(s.quote)] }, s.topic ?? '');
  for (const i of plan.implementations) link(rows, rows.links.IMPLEMENTS, i.organizationId, i.documentId, { actions: i.actions, evidence: [ev(i.quote)] });
  for (const d of plan.disseminations) link(rows, rows.links.DISSEMINATED, d.meetingId, d.documentId, { evidence: [ev(d.quote)] });
  for (const b of plan.basedOn) link(rows, rows.links.BASED_ON, b.documentId, b.basisId, { evidence: [ev(b.quote)] });

  for (const f of plan.figures) {
    rowOf(rows, rows.figures, f.id, () => {
      const { organizationId: _organization, meetingId: _meeting, quote: _quote, ...fields } = f;
      return { ...fields, searchTexts: new Set<string>() };
    }).row.searchTexts.add(searchText([f.description, f.unit, f.period]));
    mention(rows, 'Figure', f.id, sourceId, [f.quote]);
  }
  for (const f of plan.figures) if (f.organizationId) link(rows, rows.links.REPORTED_BY, f.id, f.organizationId, { evidence: [ev(f.quote)] });
  structuralLink('REPORTED_AT', structural.reportedAt);
}
