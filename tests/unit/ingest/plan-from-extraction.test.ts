import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../../src/domain/graph-plan';
import { organizationId } from '../../../src/domain/identity';
import { extractArticle } from '../../../src/ingest/extract';
import type { KnownOrganization } from '../../../src/domain/graph-plan';
import { planFromExtraction } from '../../../src/ingest/plan-from-extraction';
import { planFromSeedFacts, type SeedFacts } from '../../../src/ingest/seed-facts';
import { extract } from './extract-helpers';

const seeds = path.resolve(__dirname, '..', '..', '..', 'seeds');
const facts = JSON.parse(readFileSync(path.join(seeds, '000_3e6ce7b8d4bfa31e.facts.json'), 'utf8')) as SeedFacts;
const text = readFileSync(path.join(seeds, facts.article), 'utf8');
const seeded = planFromSeedFacts(facts, text);
const seededOrganizations: KnownOrganization[] = seeded.organizations.map(({ id, name, aliases, province }) => ({ id, name, aliases, province }));

describe('planFromExtraction — the seed article imported over the seeded graph', () => {
  const { plan, warnings } = planFromExtraction(extractArticle({ text, ...facts.source }), { knownOrganizations: seededOrganizations });

  it('passes checkPlan and warns about nothing', () => {
    expect(checkPlan(plan)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('gives the source, bodies, documents, meeting and speakers the ids the seed gave them, so they merge', () => {
    expect(plan.source.id).toBe(seeded.source.id);
    const quoted = seeded.organizations.filter((o) => o.quotes.length > 0).map((o) => o.id);
    expect(plan.organizations.map((o) => o.id)).toEqual(expect.arrayContaining(quoted));
    expect(plan.documents.map((d) => d.id).sort()).toEqual(seeded.documents.map((d) => d.id).sort());
    expect(plan.meetings.map((m) => m.id)).toEqual(seeded.meetings.map((m) => m.id));
    expect(plan.persons.map((p) => p.id).sort()).toEqual(seeded.persons.map((p) => p.id).sort());
  });

  it('writes the same links as the seed', () => {
    const key = (x: { [k: string]: unknown }, fields: string[]) => fields.map((f) => JSON.stringify(x[f])).join('|');
    const speeches = (p: typeof plan) => p.speeches.map((s) => key({ ...s }, ['personId', 'meetingId', 'topic', 'quote'])).sort();
    const implementations = (p: typeof plan) => p.implementations.map((i) => key({ ...i }, ['organizationId', 'documentId', 'actions', 'quote'])).sort();
    const disseminations = (p: typeof plan) => p.disseminations.map((d) => key({ ...d }, ['meetingId', 'documentId', 'quote'])).sort();
    expect(speeches(plan)).toEqual(speeches(seeded));
    expect(implementations(plan)).toEqual(implementations(seeded));
    expect(disseminations(plan)).toEqual(disseminations(seeded));
    expect(plan.basedOn).toEqual([]);
  });

  it('writes the eight figures with the seed values, units, periods and links', () => {
    const pick = (f: (typeof plan.figures)[number]) => [f.value, f.unit, f.qualifier, f.isTarget, f.periodStart, f.periodEnd, f.organizationId, f.meetingId, f.quote];
    expect(plan.figures.map(pick)).toEqual(seeded.figures.map(pick));
  });

  it('keeps the known names and adds the spellings met as aliases', () => {
    const committee = plan.organizations.find((o) => o.id === organizationId('Đảng ủy Khối các cơ quan tỉnh Lạng Sơn'));
    expect(committee?.name).toBe('Đảng ủy Khối các cơ quan tỉnh Lạng Sơn');
    expect(committee?.aliases).toEqual(['Đảng ủy Khối các cơ quan tỉnh', 'Đảng ủy Khối các cơ quan (CCQ) tỉnh', 'Đảng ủy Khối CCQ tỉnh']);
  });
});

describe('planFromExtraction — resolving bodies against the graph', () => {
  const known: KnownOrganization[] = [
    { id: 'org_00000000000000000001', name: 'Tỉnh ủy Lạng Sơn', aliases: ['Tỉnh ủy'], province: 'Lạng Sơn' },
    { id: 'org_00000000000000000002', name: 'UBND tỉnh Cao Bằng', aliases: ['Ủy ban nhân dân tỉnh Cao Bằng'], province: 'Cao Bằng' },
  ];

  it('reuses a known body whose name or alias matches in the same province, keeping its name', () => {
    const { plan } = planFromExtraction(extract('Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Tỉnh ủy về đổi mới.'), { knownOrganizations: known });
    expect(plan.organizations).toEqual([
      expect.objectContaining({ id: 'org_00000000000000000001', name: 'Tỉnh ủy Lạng Sơn', aliases: ['Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', 'Tỉnh ủy'] }),
    ]);
    expect(plan.documents[0]?.issuerId).toBe('org_00000000000000000001');
    expect(checkPlan(plan)).toEqual([]);
  });

  it('does not reuse a body of another province', () => {
    const { plan } = planFromExtraction(extract('UBND tỉnh ban hành kế hoạch.'), { knownOrganizations: known });
    expect(plan.organizations.map((o) => [o.id, o.name])).toEqual([[organizationId('Ủy ban nhân dân tỉnh Lạng Sơn'), 'Ủy ban nhân dân tỉnh Lạng Sơn']]);
  });

  it('keeps a body apart, with a warning, when its name matches several known bodies', () => {
    const twins: KnownOrganization[] = [
      { id: 'org_0000000000000000000a', name: 'Tỉnh ủy Lạng Sơn', aliases: ['Ban Chấp hành Đảng bộ tỉnh Lạng Sơn'], province: 'Lạng Sơn' },
      { id: 'org_0000000000000000000b', name: 'BCH Đảng bộ tỉnh Lạng Sơn', aliases: ['Ban Chấp hành Đảng bộ tỉnh Lạng Sơn'], province: 'Lạng Sơn' },
    ];
    const { plan, warnings } = planFromExtraction(extract('Tỉnh ủy chỉ đạo.'), { knownOrganizations: twins });
    expect(plan.organizations.map((o) => o.id)).toEqual([organizationId('Ban Chấp hành Đảng bộ tỉnh Lạng Sơn')]);
    expect(warnings).toEqual([
      '"Ban Chấp hành Đảng bộ tỉnh Lạng Sơn" matches 2 known bodies (Tỉnh ủy Lạng Sơn, BCH Đảng bộ tỉnh Lạng Sơn); a new body "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn" is kept apart.',
    ]);
  });

  it('writes one document mentioned twice as one PlanDocument with both quotes', () => {
    const { plan } = planFromExtraction(extract('Quán triệt Chỉ thị số 30-CT/TW ngày 5/2/2024. Tiếp tục thực hiện Chỉ thị số 30-CT/TW.'), { knownOrganizations: [] });
    expect(plan.documents).toEqual([
      expect.objectContaining({
        code: '30-CT/TW',
        name: 'Chỉ thị số 30-CT/TW',
        issuedOn: '2024-02-05',
        term: null,
        quotes: ['Quán triệt Chỉ thị số 30-CT/TW ngày 5/2/2024.', 'Tiếp tục thực hiện Chỉ thị số 30-CT/TW.'],
      }),
    ]);
  });

  it('defines every body a link refers to, implied ones included', () => {
    const { plan } = planFromExtraction(extract('Sáng 8/8, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị. Nội dung tuyên truyền gồm các nghị quyết Hội nghị Trung ương 8, khóa XIII.'), {
      knownOrganizations: [],
    });
    expect(checkPlan(plan)).toEqual([]);
    expect(plan.organizations.map((o) => o.name)).toContain('Ban Chấp hành Trung ương Đảng');
  });
});

describe('planFromExtraction — a body never implements what it issued', () => {
  it('drops the issuer acting on its own resolution, and keeps the body that carries it out', () => {
    const { plan } = planFromExtraction(
      extract(
        'Sáng 14/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. ' +
          'Trước đó, sáng 13/1, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW.',
        { url: 'https://baolangson.vn/bai-viet-57.html', publisher: 'Báo Lạng Sơn', publishedOn: '2025-01-15' },
      ),
      { knownOrganizations: [] },
    );
    const names = new Map(plan.organizations.map((o) => [o.id, o.name]));
    const resolution = plan.documents.find((d) => d.code === '57-NQ/TW');
    expect(names.get(resolution!.issuerId!)).toBe('Bộ Chính trị');
    const implementers = plan.implementations.filter((i) => i.documentId === resolution!.id).map((i) => names.get(i.organizationId));
    expect(implementers).not.toContain('Bộ Chính trị');
    expect(implementers).toContain('Ban Thường vụ Tỉnh ủy Lạng Sơn');
  });
});
