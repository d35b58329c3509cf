import { createHash } from 'node:crypto';
import { checkPlan, type GraphPlan } from '../../src/domain/graph-plan';
import { documentId, figureId, meetingId, organizationId, personId, sourceId } from '../../src/domain/identity';
import { benchLandmarks, benchShape, generateBenchPlans } from '../../src/bench/generate';

/** Distinct entities of a set of plans, as the graph will hold them after MERGE. */
function distinctNodes(plans: GraphPlan[]): number {
  const ids = new Set<string>();
  for (const p of plans) {
    ids.add(p.source.id);
    for (const list of [p.organizations, p.documents, p.meetings, p.persons, p.figures]) for (const x of list) ids.add(x.id);
  }
  return ids.size;
}

const digest = (plans: GraphPlan[]) => createHash('sha256').update(JSON.stringify(plans)).digest('hex');

describe('the synthetic benchmark graph', () => {
  const small = [...generateBenchPlans({ scale: 0.2 })];
  const one = [...generateBenchPlans({ scale: 1 })];

  it('is deterministic: the same scale gives the same plans, ids included', () => {
    expect(digest([...generateBenchPlans({ scale: 0.2 })])).toBe(digest(small));
  });

  it('gives plans that pass checkPlan on their own: every quote is a sentence of the article, every link is defined', () => {
    const problems = one.flatMap((plan) => checkPlan(plan).map((p) => `${plan.source.url}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('has as many plans as benchShape says', () => {
    expect(one).toHaveLength(benchShape(1).plans);
    expect(small).toHaveLength(benchShape(0.2).plans);
  });

  it('is about 10k nodes at scale 1, and grows in proportion to the scale', () => {
    const atOne = distinctNodes(one);
    expect(atOne).toBeGreaterThan(8_000);
    expect(atOne).toBeLessThan(15_000);
    const atTwo = distinctNodes([...generateBenchPlans({ scale: 2 })]);
    expect(atTwo / atOne).toBeGreaterThan(1.7);
    expect(atTwo / atOne).toBeLessThan(2.1);
  });

  it('takes its ids from the identity rules: 30-CT/TW khóa XIII and the Ban Bí thư are the ids the seed uses', () => {
    const landmarks = benchLandmarks({ scale: 1 });
    expect(landmarks.directiveId).toBe(documentId({ code: '30-CT/TW', issuerAbbreviation: 'TW', issuedOn: '2024-02-05', term: 'XIII' }));
    expect(landmarks.pathFromId).toBe(organizationId('Ban Bí thư Trung ương Đảng'));
    expect(landmarks.treeRootId).toBe(organizationId('Ủy ban nhân dân tỉnh Lạng Sơn'));
  });

  it('gives sources, meetings, people and figures the ids the identity rules give them (the generator remembers some)', () => {
    for (const p of [...small, ...one.slice(-300)]) {
      expect(p.source.id).toBe(sourceId({ url: p.source.url, contentKey: p.source.url! }));
      for (const m of p.meetings) expect(m.id).toBe(meetingId(m));
      for (const x of p.persons) expect(x.id).toBe(personId(x));
      for (const f of p.figures) expect(f.id).toBe(figureId({ organizationId: f.organizationId, value: f.value, unit: f.unit, quote: f.quote }));
    }
  });

  it('holds every landmark, and the last plan is the one whose source marks a finished generation', () => {
    const landmarks = benchLandmarks({ scale: 1 });
    const ids = new Set(one.flatMap((p) => [p.source.id, ...p.organizations.map((o) => o.id), ...p.documents.map((d) => d.id)]));
    for (const id of [landmarks.directiveId, landmarks.treeRootId, landmarks.pathFromId, landmarks.pathToId]) expect(ids).toContain(id);
    expect(one.at(-1)!.source.id).toBe(landmarks.lastSourceId);
  });

  it('is shaped like the real graph: 34 provinces with their bodies, central codes by term, chains of BASED_ON', () => {
    const organizations = new Map(one.flatMap((p) => p.organizations).map((o) => [o.id, o]));
    const provinces = new Set([...organizations.values()].map((o) => o.province).filter(Boolean));
    expect(provinces.size).toBe(34);
    const names = [...organizations.values()].map((o) => o.name);
    for (const name of ['Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', 'Ban Thường vụ Tỉnh ủy Lạng Sơn', 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn', 'Ủy ban nhân dân thành phố Hà Nội', 'Hội đồng nhân dân tỉnh Cà Mau', 'Sở Y tế tỉnh Đắk Lắk']) {
      expect(names).toContain(name);
    }
    const documents = new Map(one.flatMap((p) => p.documents).map((d) => [d.id, d]));
    const thirties = [...documents.values()].filter((d) => d.code === '30-CT/TW');
    expect(thirties.map((d) => d.term).sort()).toEqual(['XII', 'XIII']);
    // A Sở's plan rests on the UBND's, which rests on the Tỉnh ủy's, which rests on a central conclusion, which rests
    // on a resolution of the same term.
    const basis = new Map(one.flatMap((p) => p.basedOn).map((b) => [b.documentId, b.basisId]));
    const depthOf = (id: string): number => (basis.has(id) ? 1 + depthOf(basis.get(id)!) : 0);
    expect(Math.max(...[...documents.keys()].map(depthOf))).toBe(4);
  });

  it('keeps the fan-out of a body bounded as it grows: the UBND’s departments organize at most 20 meetings each', () => {
    const plans = [...generateBenchPlans({ scale: 3 })];
    const { treeRootId } = benchLandmarks({ scale: 3 });
    const children = new Set(plans.flatMap((p) => p.organizations).filter((o) => o.parentId === treeRootId).map((o) => o.id));
    const meetings = new Map<string, Set<string>>();
    for (const m of plans.flatMap((p) => p.meetings)) {
      if (m.organizerId && children.has(m.organizerId)) meetings.set(m.organizerId, (meetings.get(m.organizerId) ?? new Set()).add(m.id));
    }
    expect(children.size).toBeGreaterThan(10);
    expect(Math.max(...[...meetings.values()].map((s) => s.size))).toBeLessThanOrEqual(20);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => benchShape(0)).toThrow(RangeError);
    expect(() => [...generateBenchPlans({ scale: Number.NaN })]).toThrow(RangeError);
  });
});
