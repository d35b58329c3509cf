import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedFacts } from '../../../src/ingest/seed-facts';
import { extractArticle, type Extraction } from '../../../src/ingest/extract';
import { nameOf } from './extract-helpers';

/** The seed article end to end: everything its hand-checked facts file says must be extracted. */
const seeds = path.resolve(__dirname, '..', '..', '..', 'seeds');
const facts = JSON.parse(readFileSync(path.join(seeds, '000_3e6ce7b8d4bfa31e.facts.json'), 'utf8')) as SeedFacts;
const text = readFileSync(path.join(seeds, facts.article), 'utf8');
const extraction: Extraction = extractArticle({ text, ...facts.source });

const factOrganization = (ref: string | null) => facts.organizations.find((o) => o.ref === ref)?.name ?? null;
const codeOf = (key: string) => {
  const document = extraction.documents.find((d) => d.key === key);
  return document?.code ?? document?.name ?? null;
};
const factDocument = (ref: string) => {
  const document = facts.documents.find((d) => d.ref === ref);
  return document?.code ?? document?.name ?? null;
};

describe('the seed article, extracted without its facts file', () => {
  it('reads the source: Lạng Sơn from the url, 2024 from the text (publishedOn is unknown)', () => {
    expect(extraction.source).toMatchObject({ province: 'Lạng Sơn', year: 2024, publishedOn: null });
    expect(extraction.warnings).toEqual([]);
  });

  it('finds the three documents with their dates, terms, issuers and subjects', () => {
    expect(
      extraction.documents.map((d) => ({ code: d.code, name: d.name, typeName: d.typeName, issuedOn: d.issuedOn, term: d.term, issuer: nameOf(extraction, d.issuerKey), title: d.title })),
    ).toEqual(
      expect.arrayContaining(
        facts.documents.map((d) => ({
          code: d.code,
          name: d.name ?? `${d.typeName} số ${d.code}`,
          typeName: d.typeName,
          issuedOn: d.issuedOn,
          // The term of 30-CT/TW is written ("khóa XIII"); that of 155-NQ/TU is not.
          term: d.term,
          issuer: factOrganization(d.issuer),
          title: d.title,
        })),
      ),
    );
    expect(extraction.documents).toHaveLength(facts.documents.length);
  });

  it('quotes every sentence the facts quote for each document', () => {
    for (const fact of facts.documents) {
      const document = extraction.documents.find((d) => (d.code ?? d.name) === (fact.code ?? fact.name));
      expect(document?.mentions.map((m) => m.quote)).toEqual(expect.arrayContaining(fact.quotes));
    }
  });

  it('finds the bodies the article names, with their canonical names', () => {
    const named = facts.organizations.filter((o) => o.quotes.length > 0).map((o) => o.name);
    expect(extraction.organizations.filter((o) => o.mentions.length > 0).map((o) => o.name).sort()).toEqual([...named].sort());
  });

  it('finds the meeting of 2024-08-08 organized by the Đảng ủy Khối các cơ quan tỉnh Lạng Sơn', () => {
    expect(extraction.meetings.map((m) => ({ title: m.title, date: m.date, format: m.format, connectedPoints: m.connectedPoints, organizer: nameOf(extraction, m.organizerKey) }))).toEqual(
      facts.meetings.map((m) => ({ title: m.title, date: m.date, format: m.format, connectedPoints: m.connectedPoints, organizer: factOrganization(m.organizer) })),
    );
    expect(extraction.meetings[0]?.mentions.map((m) => m.quote)).toEqual(facts.meetings[0]?.quotes);
  });

  it('finds the two speakers named only by role, their bodies and topics', () => {
    expect(
      extraction.speeches.map((s) => {
        const person = extraction.persons.find((p) => p.key === s.personKey);
        return { name: person?.name, role: person?.role, organization: nameOf(extraction, person?.organizationKey ?? null), topic: s.topic, quote: s.evidence.quote };
      }),
    ).toEqual(
      facts.speeches.map((s) => {
        const person = facts.persons.find((p) => p.ref === s.person);
        return { name: person?.name, role: person?.role, organization: factOrganization(person?.organization ?? null), topic: s.topic, quote: s.quote };
      }),
    );
  });

  it('finds the implementations with their verbs', () => {
    const found = extraction.implementations.map((i) => ({ organization: nameOf(extraction, i.organizationKey), document: codeOf(i.documentKey), actions: i.actions, quote: i.evidence.quote }));
    const expected = facts.implementations.map((i) => ({ organization: factOrganization(i.organization), document: factDocument(i.document), actions: i.actions, quote: i.quote }));
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found).toHaveLength(expected.length);
  });

  it('finds the dissemination at the meeting', () => {
    expect(extraction.disseminations.map((d) => ({ document: codeOf(d.documentKey), quote: d.evidence.quote }))).toEqual(
      facts.disseminations.map((d) => ({ document: factDocument(d.document), quote: d.quote })),
    );
  });

  it('finds the eight figures: values 109, 47, 559, 14600, 1250, 41000, 100, 4', () => {
    const pick = (f: { value: number; unit: string; qualifier: string; isTarget: boolean; period: string | null; periodStart: string | null; periodEnd: string | null; quote: string }) => ({
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      isTarget: f.isTarget,
      period: f.period,
      periodStart: f.periodStart,
      periodEnd: f.periodEnd,
      quote: f.quote,
    });
    expect(extraction.figures.map((f) => pick({ ...f, quote: f.evidence.quote }))).toEqual(facts.figures.map(pick));
    expect(extraction.figures.map((f) => f.value)).toEqual([109, 47, 559, 14600, 1250, 41000, 100, 4]);
  });

  it('attributes every figure to the Đảng ủy Khối and the meeting', () => {
    expect(new Set(extraction.figures.map((f) => nameOf(extraction, f.organizationKey)))).toEqual(new Set(['Đảng ủy Khối các cơ quan tỉnh Lạng Sơn']));
    expect(new Set(extraction.figures.map((f) => f.meetingKey))).toEqual(new Set([extraction.meetings[0]?.key]));
  });

  it('does not turn the anniversary, the dates, the codes or "quý II" into figures or meetings', () => {
    expect(extraction.figures.some((f) => [70, 1954, 2024, 8, 155, 30].includes(f.value))).toBe(false);
    expect(extraction.meetings).toHaveLength(1);
  });

  it('gives evidence that points into the NFC text', () => {
    const all = [
      ...extraction.organizations.flatMap((o) => o.mentions),
      ...extraction.documents.flatMap((d) => d.mentions),
      ...extraction.meetings.flatMap((m) => m.mentions),
      ...extraction.figures.map((f) => f.evidence),
      ...extraction.implementations.map((i) => i.evidence),
    ];
    for (const evidence of all) {
      expect(extraction.text.slice(evidence.quoteStart, evidence.quoteStart + evidence.quote.length)).toBe(evidence.quote);
      expect(evidence.start).toBeGreaterThanOrEqual(evidence.quoteStart);
      expect(evidence.end).toBeLessThanOrEqual(evidence.quoteStart + evidence.quote.length);
    }
  });
});
