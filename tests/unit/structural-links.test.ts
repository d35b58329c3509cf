import { structuralLinks, type GraphPlan, type PlanOrganization } from '../../src/domain/graph-plan';
import { planOf } from '../utils/plans';

const org = (o: Partial<PlanOrganization> & Pick<PlanOrganization, 'id' | 'name'>): PlanOrganization => ({
  aliases: [],
  province: 'Lạng Sơn',
  kind: 'PARTY_COMMITTEE',
  foundedOn: null,
  parentId: null,
  leadsId: null,
  quotes: [],
  ...o,
});

const ONLY_CHILD = 'Ban Tuyên giáo và Dân vận đã ban hành hướng dẫn.';
const BOTH = 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị.';
const BY_ALIAS = 'Đảng ủy Khối các cơ quan tỉnh trực thuộc TU Lạng Sơn quán triệt Chỉ thị.';
const LOOKALIKE = 'Ban Tuyên giáo Tỉnh ủy Lạng Sơnx là một tên khác.';

const plan = (parts: Partial<GraphPlan>): GraphPlan => planOf('src_1', parts);

describe('structuralLinks: the evidence of PART_OF, LEADS, REPRESENTS and REPORTED_AT', () => {
  const parent = org({ id: 'org_tu', name: 'Tỉnh ủy Lạng Sơn', aliases: ['TU Lạng Sơn'] });

  it('takes the first sentence mentioning the child that also names the parent, by name or alias, whatever the diacritics', () => {
    const links = structuralLinks(
      plan({
        organizations: [
          parent,
          org({ id: 'org_btg', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn', parentId: 'org_tu', quotes: [ONLY_CHILD, BOTH] }),
          org({ id: 'org_duk', name: 'Đảng ủy Khối các cơ quan tỉnh', parentId: 'org_tu', quotes: [BY_ALIAS.normalize('NFD')] }),
        ],
      }),
    );
    expect(links.partOf).toEqual([
      { from: 'org_btg', to: 'org_tu', quote: BOTH },
      { from: 'org_duk', to: 'org_tu', quote: BY_ALIAS.normalize('NFD') },
    ]);
  });

  it('has no evidence when no sentence names both ends (a hierarchy known from the list of bodies), nor for a longer word', () => {
    const links = structuralLinks(
      plan({ organizations: [parent, org({ id: 'org_btg', name: 'Ban Tuyên giáo', parentId: 'org_tu', quotes: [ONLY_CHILD, LOOKALIKE] })] }),
    );
    expect(links.partOf).toEqual([{ from: 'org_btg', to: 'org_tu', quote: null }]);
  });

  it('gives a committee leading a party organization, and a person, the sentence naming the body', () => {
    const dangBo = org({ id: 'org_db', name: 'Đảng bộ tỉnh Lạng Sơn', kind: 'PARTY_ORGANIZATION' });
    const sentence = 'Tỉnh ủy Lạng Sơn lãnh đạo Đảng bộ tỉnh Lạng Sơn thực hiện nhiệm vụ.';
    const links = structuralLinks(
      plan({
        organizations: [{ ...parent, leadsId: 'org_db', quotes: [sentence] }, dangBo],
        persons: [
          { id: 'per_1', name: 'Nguyễn Văn A', role: 'Phó Bí thư', organizationId: 'org_tu', quotes: ['Đồng chí Nguyễn Văn A phát biểu.', 'Đồng chí Nguyễn Văn A, Phó Bí thư TU Lạng Sơn, chủ trì.'] },
          { id: 'per_2', name: 'Trần Thị B', role: null, organizationId: null, quotes: ['Bà Trần Thị B dự.'] },
          { id: 'per_3', name: 'Lê Văn C', role: 'Bí thư Thành ủy', organizationId: 'org_tu', quotes: ['Ông Lê Văn C dự.', 'Đồng chí Lê Văn C, Bí thư Thành ủy, chủ trì.'] },
          { id: 'per_4', name: 'Hoàng Văn D', role: 'Chủ tịch', organizationId: 'org_tu', quotes: ['Ông Hoàng Văn D dự.'] },
        ],
      }),
    );
    expect(links.leads).toEqual([{ from: 'org_tu', to: 'org_db', quote: sentence }]);
    expect(links.represents).toEqual([
      { from: 'per_1', to: 'org_tu', quote: 'Đồng chí Nguyễn Văn A, Phó Bí thư TU Lạng Sơn, chủ trì.' },
      // The body named by the role alone: the sentence giving the role; no sentence gives it: no evidence.
      { from: 'per_3', to: 'org_tu', quote: 'Đồng chí Lê Văn C, Bí thư Thành ủy, chủ trì.' },
      { from: 'per_4', to: 'org_tu', quote: null },
    ]);
  });

  it("gives a figure reported at a meeting the figure's own sentence, as REPORTED_BY does", () => {
    const quote = 'Năm 2024, toàn tỉnh tổ chức 1.250 buổi tuyên truyền miệng.';
    const figure = { id: 'fig_1', value: 1250, unit: 'buổi', description: 'buổi tuyên truyền miệng', qualifier: 'EXACT' as const, isTarget: false, period: '2024', periodStart: '2024-01-01', periodEnd: '2024-12-31', organizationId: null, quote };
    const links = structuralLinks(plan({ figures: [{ ...figure, meetingId: 'mtg_1' }, { ...figure, id: 'fig_2', meetingId: null }] }));
    expect(links.reportedAt).toEqual([{ from: 'fig_1', to: 'mtg_1', quote }]);
  });
});
