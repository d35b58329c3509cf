import type {
  GraphPlan,
  OrganizationKind,
  PlanDocument,
  PlanFigure,
  PlanMeeting,
  PlanOrganization,
  PlanPerson,
} from '../domain/graph-plan';
import { documentId, figureId, meetingId, organizationId, personId, sourceId } from '../domain/identity';
import { remembered } from './remembered';

/**
 * A deterministic synthetic graph shaped like the real one, for benchmarks: the central party bodies and their
 * directives, resolutions and conclusions (codes numbered by term, e.g. 30-CT/TW khóa XIII); the 34 provinces with
 * their bodies (Ban Chấp hành Đảng bộ tỉnh = Tỉnh ủy, Ban Thường vụ, the Ban, Đảng ủy Khối các cơ quan, HĐND, UBND,
 * Sở, Mặt trận, communes); and, for every central document a province takes up, the chain that descends from it: the
 * Tỉnh ủy's plan (BASED_ON the central document), the UBND's plan (BASED_ON the Tỉnh ủy's), and meetings of bodies
 * that disseminate them, issue their own plans and implement them, with speakers and figures.
 *
 * Every plan is one synthetic article: each fact's quote is a sentence of that article, so every plan passes
 * checkPlan on its own. Ids come from the identity rules, so the same scale always gives the same graph.
 * Pure: no I/O, no clock, no randomness — only a hash of names picks people's names.
 *
 * Size: scale 1 ≈ 10k nodes, scale 100 ≈ 1M. What grows with the scale is the number of central documents each province
 * takes up and the number of communes; the fan-out of any one body (children, meetings) stays within a few dozen.
 */

export interface BenchGraphOptions {
  /** 1 ≈ 10k nodes; 100 ≈ 1M. Fractions give smaller graphs (tests). */
  scale: number;
}

/** Entities the benchmark's operations start from; they exist at every scale. */
export interface BenchLandmarks {
  /** Code of the central directive every province takes up (also used by khóa XII, so a lookup finds two). */
  directiveCode: string;
  /** Id of 30-CT/TW khóa XIII. */
  directiveId: string;
  /** The root of the lineage operation: the same directive. */
  lineageRootId: string;
  /** A body whose children organize meetings that disseminate documents: the UBND of Lạng Sơn. */
  treeRootId: string;
  /** Words searched for, typed without diacritics. */
  searchQuery: string;
  /** Ends of the path operation: the Ban Bí thư and a commune's Đảng ủy in Cà Mau. */
  pathFromId: string;
  pathToId: string;
  /** The source of the last plan generated: present in the graph once a generation has finished. */
  lastSourceId: string;
}

/** How many of each thing a scale gives (before deduplication by id). */
export interface BenchShape {
  centralDocuments: number;
  policiesPerProvince: number;
  communesPerProvince: number;
  articlesPerPolicy: number;
  plans: number;
}

interface Province {
  name: string;
  unit: 'tỉnh' | 'thành phố';
  slug: string;
}

const PROVINCES: readonly Province[] = (
  [
    ['Hà Nội', 'thành phố'], ['Huế', 'thành phố'], ['Lai Châu', 'tỉnh'], ['Điện Biên', 'tỉnh'], ['Sơn La', 'tỉnh'],
    ['Lạng Sơn', 'tỉnh'], ['Quảng Ninh', 'tỉnh'], ['Thanh Hóa', 'tỉnh'], ['Nghệ An', 'tỉnh'], ['Hà Tĩnh', 'tỉnh'],
    ['Cao Bằng', 'tỉnh'], ['Tuyên Quang', 'tỉnh'], ['Lào Cai', 'tỉnh'], ['Thái Nguyên', 'tỉnh'], ['Phú Thọ', 'tỉnh'],
    ['Bắc Ninh', 'tỉnh'], ['Hưng Yên', 'tỉnh'], ['Hải Phòng', 'thành phố'], ['Ninh Bình', 'tỉnh'], ['Quảng Trị', 'tỉnh'],
    ['Đà Nẵng', 'thành phố'], ['Quảng Ngãi', 'tỉnh'], ['Gia Lai', 'tỉnh'], ['Khánh Hòa', 'tỉnh'], ['Lâm Đồng', 'tỉnh'],
    ['Đắk Lắk', 'tỉnh'], ['Hồ Chí Minh', 'thành phố'], ['Đồng Nai', 'tỉnh'], ['Tây Ninh', 'tỉnh'], ['Cần Thơ', 'thành phố'],
    ['Vĩnh Long', 'tỉnh'], ['Đồng Tháp', 'tỉnh'], ['Cà Mau', 'tỉnh'], ['An Giang', 'tỉnh'],
  ] as const
).map(([name, unit], i) => ({ name, unit, slug: `p${String(i + 1).padStart(2, '0')}` }));

/** The departments (Sở) of a provincial UBND after the 2025 reorganisation, with the abbreviation their codes carry. */
const DEPARTMENTS: ReadonlyArray<[string, string]> = [
  ['Sở Nội vụ', 'SNV'], ['Sở Tài chính', 'STC'], ['Sở Tư pháp', 'STP'], ['Sở Công Thương', 'SCT'], ['Sở Xây dựng', 'SXD'],
  ['Sở Nông nghiệp và Môi trường', 'SNNMT'], ['Sở Giáo dục và Đào tạo', 'SGDĐT'], ['Sở Y tế', 'SYT'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'], ['Sở Khoa học và Công nghệ', 'SKHCN'], ['Sở Dân tộc và Tôn giáo', 'SDTTG'],
  ['Sở Ngoại vụ', 'SNgV'],
];

const TOPICS: readonly string[] = [
  'về công tác tuyên truyền miệng trong tình hình mới',
  'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
  'về tăng cường công tác phòng, chống tham nhũng, lãng phí, tiêu cực',
  'về đổi mới, nâng cao hiệu quả công tác giáo dục chính trị, tư tưởng',
  'về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
  'về phát triển kinh tế tư nhân',
  'về hội nhập quốc tế trong tình hình mới',
  'về đổi mới công tác xây dựng và thi hành pháp luật',
  'về tăng cường công tác dân vận trong tình hình mới',
  'về bảo vệ nền tảng tư tưởng của Đảng',
  'về phát triển văn hóa, con người Việt Nam',
  'về công tác cán bộ và nâng cao chất lượng đội ngũ cán bộ, đảng viên',
  'về nông nghiệp, nông dân, nông thôn',
  'về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường',
  'về đột phá phát triển giáo dục và đào tạo',
  'về tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân',
  'về công tác thanh niên trong tình hình mới',
  'về phát huy vai trò của phụ nữ',
  'về tăng cường quốc phòng, an ninh',
  'về phát triển bền vững kinh tế biển',
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu', 'Công', 'Hồng'];
const GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long',
  'Mai', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thảo', 'Trung', 'Tuấn', 'Vinh', 'Yến', 'Đông',
];
const COMMUNE_FIRST = ['Tân', 'Hòa', 'Đông', 'Tây', 'Nam', 'Bắc', 'Phú', 'Vĩnh', 'Thạnh', 'An', 'Bình', 'Hưng', 'Long', 'Minh', 'Quang', 'Thượng', 'Hạ', 'Trung', 'Xuân', 'Yên'];
const COMMUNE_SECOND = ['Lập', 'Thịnh', 'Sơn', 'Hà', 'Phong', 'Lộc', 'Thành', 'Hiệp', 'Hòa', 'Lợi', 'Phước', 'Tiến', 'Mỹ', 'Khánh', 'Trạch', 'Đức', 'Lâm', 'Hải', 'Bình', 'Việt'];

type CentralType = 'CT' | 'NQ' | 'KL';
const CENTRAL_TYPE_NAME: Record<CentralType, { typeName: string; kind: string }> = {
  CT: { typeName: 'Chỉ thị', kind: 'DIRECTIVE' },
  NQ: { typeName: 'Nghị quyết', kind: 'RESOLUTION' },
  KL: { typeName: 'Kết luận', kind: 'CONCLUSION' },
};
const TERM_SPAN: Record<'XII' | 'XIII', { from: string; days: number }> = {
  XII: { from: '2016-02-01', days: 1800 },
  XIII: { from: '2021-02-15', days: 1700 },
};
/** Where each type's numbering starts in a term, so that 30-CT/TW comes first. */
const FIRST_NUMBER: Record<CentralType, number> = { CT: 30, NQ: 18, KL: 40 };

/** A body as the generator knows it: enough to write it into a plan and to name its people and documents. */
interface Body {
  id: string;
  name: string;
  /** How articles call it after the first mention. */
  short: string;
  aliases: string[];
  kind: OrganizationKind;
  province: string | null;
  parentId: string | null;
  leadsId: string | null;
  /** State bodies number their documents "12/KH-SYT"; party bodies "12-KH/ĐUK". */
  system: 'PARTY' | 'STATE';
  abbreviation: string;
  /** Commune of a commune body: part of its documents' identity. */
  locality: string | null;
  /** Titles of the head and the deputy ("Giám đốc", "Phó Giám đốc"). */
  titles: [string, string];
}

/** A document with the body that issued it, ready to be written into any plan that mentions it. */
interface Doc {
  plan: PlanDocument;
  issuer: Body;
  /** "Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư Trung ương Đảng". */
  reference: string;
}

/** FNV-1a: a small, stable string hash for picking names. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}


const addDaysTo = remembered((key) => {
  const [iso, days] = key.split('|');
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Number(days));
  return d.toISOString().slice(0, 10);
});

function addDays(iso: string, days: number): string {
  return addDaysTo(`${iso}|${days}`);
}

/** "2024-02-05" → "5/2/2024", as Vietnamese articles write dates. */
const vietnameseDate = remembered((iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
});

/** 14600 → "14.600". */
function vietnameseNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** How many of each thing `scale` gives. */
export function benchShape(scale: number): BenchShape {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new RangeError(`scale must be a number above 0 and at most 1000, got ${scale}`);
  const policiesPerProvince = Math.max(1, Math.round(5 * scale));
  const communesPerProvince = Math.max(1, Math.round(3 * scale));
  const centralDocuments = 10 + Math.round(6 * scale);
  const articlesPerPolicy = 9;
  return {
    centralDocuments,
    policiesPerProvince,
    communesPerProvince,
    articlesPerPolicy,
    plans: 1 + centralDocuments + PROVINCES.length * (1 + policiesPerProvince * articlesPerPolicy),
  };
}

/** Collects one synthetic article: every fact added with a sentence that the article's text will hold. */
class Article {
  private readonly lines: string[] = [];
  private readonly organizations = new Map<string, PlanOrganization>();
  private readonly documents = new Map<string, PlanDocument>();
  private readonly persons = new Map<string, PlanPerson>();
  private readonly plan: Omit<GraphPlan, 'source' | 'organizations' | 'documents' | 'persons'> = {
    meetings: [],
    speeches: [],
    implementations: [],
    disseminations: [],
    basedOn: [],
    figures: [],
  };

  readonly sourceId: string;

  constructor(private readonly url: string) {
    this.sourceId = sourceId({ url, contentKey: url });
  }

  /** Adds a sentence to the text and returns it, to be used as a quote. */
  say(sentence: string): string {
    this.lines.push(sentence);
    return sentence;
  }

  /** A body, quoted by `quote`; with `hierarchy`, also its parent and the organization it leads. */
  body(b: Body, quote?: string, hierarchy = false): string {
    const existing = this.organizations.get(b.id);
    if (existing) {
      if (quote && !existing.quotes.includes(quote)) existing.quotes.push(quote);
      return b.id;
    }
    this.organizations.set(b.id, {
      id: b.id,
      name: b.name,
      aliases: hierarchy ? b.aliases : [],
      province: b.province,
      kind: b.kind,
      foundedOn: null,
      parentId: hierarchy ? b.parentId : null,
      leadsId: hierarchy ? b.leadsId : null,
      quotes: quote ? [quote] : [],
    });
    return b.id;
  }

  /** A document (and its issuer, so the plan is whole), quoted by `quote`. */
  document(d: Doc, quote?: string): string {
    this.body(d.issuer);
    const existing = this.documents.get(d.plan.id);
    if (existing) {
      if (quote && !existing.quotes.includes(quote)) existing.quotes.push(quote);
    } else {
      this.documents.set(d.plan.id, { ...d.plan, quotes: quote ? [quote] : [] });
    }
    return d.plan.id;
  }

  person(p: PlanPerson, quote: string): string {
    const existing = this.persons.get(p.id);
    if (existing) existing.quotes.push(quote);
    else this.persons.set(p.id, { ...p, quotes: [quote] });
    return p.id;
  }

  meeting(m: PlanMeeting): void {
    this.plan.meetings.push(m);
  }

  speech(personIdValue: string, meetingIdValue: string, topic: string, quote: string): void {
    this.plan.speeches.push({ personId: personIdValue, meetingId: meetingIdValue, topic, quote });
  }

  implementation(organizationIdValue: string, documentIdValue: string, actions: string[], quote: string): void {
    this.plan.implementations.push({ organizationId: organizationIdValue, documentId: documentIdValue, actions, quote });
  }

  dissemination(meetingIdValue: string, documentIdValue: string, quote: string): void {
    this.plan.disseminations.push({ meetingId: meetingIdValue, documentId: documentIdValue, quote });
  }

  basedOn(documentIdValue: string, basisId: string, quote: string): void {
    this.plan.basedOn.push({ documentId: documentIdValue, basisId, quote });
  }

  figure(f: Omit<PlanFigure, 'id'>): void {
    this.plan.figures.push({ ...f, id: figureId({ organizationId: f.organizationId, value: f.value, unit: f.unit, quote: f.quote }) });
  }

  build({ title, publisher, publishedOn }: { title: string; publisher: string; publishedOn: string | null }): GraphPlan {
    return {
      source: { id: this.sourceId, url: this.url, title, publisher, author: null, publishedOn, text: this.lines.join(' ') },
      organizations: [...this.organizations.values()],
      documents: [...this.documents.values()],
      persons: [...this.persons.values()],
      ...this.plan,
    };
  }
}

function makeBody(b: Omit<Body, 'id'>): Body {
  return { ...b, id: organizationId(b.name) };
}

/** The central party bodies: BCH TW, with the Bộ Chính trị and the Ban Bí thư under it. */
function centralBodies(): { bchtw: Body; politburo: Body; secretariat: Body } {
  const common = { province: null, leadsId: null, system: 'PARTY' as const, abbreviation: 'TW', locality: null };
  const bchtw = makeBody({ ...common, name: 'Ban Chấp hành Trung ương Đảng', short: 'Ban Chấp hành Trung ương', aliases: ['Ban Chấp hành Trung ương', 'BCH TW'], kind: 'PARTY_COMMITTEE', parentId: null, titles: ['Tổng Bí thư', 'Ủy viên Trung ương'] });
  const politburo = makeBody({ ...common, name: 'Bộ Chính trị', short: 'Bộ Chính trị', aliases: [], kind: 'PARTY_COMMITTEE', parentId: bchtw.id, titles: ['Tổng Bí thư', 'Ủy viên Bộ Chính trị'] });
  const secretariat = makeBody({ ...common, name: 'Ban Bí thư Trung ương Đảng', short: 'Ban Bí thư', aliases: ['Ban Bí thư'], kind: 'PARTY_COMMITTEE', parentId: bchtw.id, titles: ['Thường trực Ban Bí thư', 'Bí thư Trung ương Đảng'] });
  return { bchtw, politburo, secretariat };
}

interface ProvinceBodies {
  committee: Body;
  standing: Body;
  partyOrganization: Body;
  peoplesCommittee: Body;
  council: Body;
  /** Bodies that hold the meetings of the chains, in turn: departments, Ban, Đảng ủy Khối, HĐND, Mặt trận, communes. */
  organizers: Body[];
  all: Body[];
}

function provinceBodies(p: Province, communes: number): ProvinceBodies {
  const place = `${p.unit} ${p.name}`;
  const committeeShort = p.unit === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
  const base = { province: p.name, leadsId: null, locality: null };
  const partyOrganization = makeBody({ ...base, name: `Đảng bộ ${place}`, short: `Đảng bộ ${p.unit}`, aliases: [], kind: 'PARTY_ORGANIZATION', parentId: null, system: 'PARTY', abbreviation: 'ĐB', titles: ['Bí thư', 'Phó Bí thư'] });
  const committee = makeBody({
    ...base, name: `Ban Chấp hành Đảng bộ ${place}`, short: committeeShort, aliases: [`${committeeShort} ${p.name}`, committeeShort],
    kind: 'PARTY_COMMITTEE', parentId: null, leadsId: partyOrganization.id, system: 'PARTY', abbreviation: 'TU', titles: [`Bí thư ${committeeShort}`, `Phó Bí thư Thường trực ${committeeShort}`],
  });
  const partyUnit = (name: string, abbreviation: string, titles: [string, string], kind: OrganizationKind = 'PARTY_AGENCY') =>
    makeBody({ ...base, name: `${name} ${committeeShort} ${p.name}`, short: `${name} ${committeeShort}`, aliases: [], kind, parentId: committee.id, system: 'PARTY', abbreviation, titles });
  const standing = partyUnit('Ban Thường vụ', 'BTVTU', [`Bí thư ${committeeShort}`, `Phó Bí thư ${committeeShort}`], 'PARTY_COMMITTEE');
  const inspection = partyUnit('Ủy ban Kiểm tra', 'UBKTTU', ['Chủ nhiệm Ủy ban Kiểm tra', 'Phó Chủ nhiệm Ủy ban Kiểm tra']);
  const office = partyUnit('Văn phòng', 'VPTU', ['Chánh Văn phòng', 'Phó Chánh Văn phòng']);
  const organisation = partyUnit('Ban Tổ chức', 'BTCTU', ['Trưởng Ban Tổ chức', 'Phó Trưởng Ban Tổ chức']);
  const propaganda = partyUnit('Ban Tuyên giáo và Dân vận', 'BTGDVTU', ['Trưởng Ban Tuyên giáo và Dân vận', 'Phó Trưởng Ban Tuyên giáo và Dân vận']);
  const internal = partyUnit('Ban Nội chính', 'BNCTU', ['Trưởng Ban Nội chính', 'Phó Trưởng Ban Nội chính']);
  const blocOrganization = makeBody({ ...base, name: `Đảng bộ Khối các cơ quan ${place}`, short: 'Đảng bộ Khối', aliases: [], kind: 'PARTY_ORGANIZATION', parentId: partyOrganization.id, system: 'PARTY', abbreviation: 'ĐBK', titles: ['Bí thư', 'Phó Bí thư'] });
  const bloc = makeBody({
    ...base, name: `Đảng ủy Khối các cơ quan ${place}`, short: 'Đảng ủy Khối', aliases: [`Đảng ủy Khối CCQ ${p.unit}`],
    kind: 'PARTY_COMMITTEE', parentId: committee.id, leadsId: blocOrganization.id, system: 'PARTY', abbreviation: 'ĐUK', titles: ['Bí thư Đảng ủy Khối', 'Phó Bí thư Đảng ủy Khối'],
  });
  const council = makeBody({ ...base, name: `Hội đồng nhân dân ${place}`, short: `HĐND ${p.unit}`, aliases: [`HĐND ${place}`], kind: 'STATE_BODY', parentId: null, system: 'STATE', abbreviation: 'HĐND', titles: ['Chủ tịch HĐND', 'Phó Chủ tịch HĐND'] });
  const peoplesCommittee = makeBody({ ...base, name: `Ủy ban nhân dân ${place}`, short: `UBND ${p.unit}`, aliases: [`UBND ${place}`], kind: 'STATE_BODY', parentId: null, system: 'STATE', abbreviation: 'UBND', titles: ['Chủ tịch UBND', 'Phó Chủ tịch UBND'] });
  const departments = DEPARTMENTS.map(([name, abbreviation]) =>
    makeBody({ ...base, name: `${name} ${place}`, short: name, aliases: [], kind: 'STATE_AGENCY', parentId: peoplesCommittee.id, system: 'STATE', abbreviation, titles: [`Giám đốc ${name}`, `Phó Giám đốc ${name}`] }),
  );
  const front = makeBody({ ...base, name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${place}`, short: `Ủy ban MTTQ Việt Nam ${p.unit}`, aliases: [], kind: 'MASS_ORGANIZATION', parentId: null, system: 'STATE', abbreviation: 'MTTQ-BTT', titles: ['Chủ tịch Ủy ban MTTQ', 'Phó Chủ tịch Ủy ban MTTQ'] });
  const communeBodies: Body[] = [];
  for (let c = 0; c < communes; c += 1) {
    // Distinct names within the province: walk the 400 combinations with a stride that is prime to 400.
    const at = (c * 7 + hash(p.name)) % (COMMUNE_FIRST.length * COMMUNE_SECOND.length);
    const round = Math.floor(c / (COMMUNE_FIRST.length * COMMUNE_SECOND.length));
    const commune = `${COMMUNE_FIRST[at % COMMUNE_FIRST.length]} ${COMMUNE_SECOND[Math.floor(at / COMMUNE_FIRST.length)]}${round > 0 ? ` ${round + 1}` : ''}`;
    const ward = c % 3 === 2 ? 'phường' : 'xã';
    communeBodies.push(
      makeBody({
        ...base, name: `Đảng ủy ${ward} ${commune} ${place}`, short: `Đảng ủy ${ward} ${commune}`, aliases: [`Đảng ủy ${ward} ${commune}`],
        kind: 'PARTY_COMMITTEE', parentId: committee.id, system: 'PARTY', abbreviation: 'ĐU', locality: `${ward} ${commune}`, titles: [`Bí thư Đảng ủy ${ward}`, `Phó Bí thư Đảng ủy ${ward}`],
      }),
    );
  }
  const organizers = [...departments, inspection, office, organisation, propaganda, internal, bloc, council, front, ...communeBodies];
  return {
    committee,
    standing,
    partyOrganization,
    peoplesCommittee,
    council,
    organizers,
    all: [partyOrganization, committee, standing, inspection, office, organisation, propaganda, internal, blocOrganization, bloc, council, peoplesCommittee, ...departments, front, ...communeBodies],
  };
}

const leaders = new Map<string, PlanPerson>();

/**
 * The head (slot 0) or deputy (slot 1) of a body: a name picked by a hash of the body, so always the same person.
 * Remembered (a few per body): Article.person copies it before adding quotes.
 */
function leader(b: Body, slot: 0 | 1): PlanPerson {
  const key = `${b.id}|${slot}|${b.titles[slot]}`;
  let person = leaders.get(key);
  if (person === undefined) {
    const h = hash(`${b.id}|${slot}`);
    const name = `${FAMILY[h % FAMILY.length]} ${MIDDLE[(h >>> 8) % MIDDLE.length]} ${GIVEN[(h >>> 16) % GIVEN.length]}`;
    const role = b.titles[slot];
    person = { id: personId({ name, role, organizationId: b.id }), name, role, organizationId: b.id, quotes: [] };
    if (leaders.size >= 100_000) leaders.clear();
    leaders.set(key, person);
  }
  return person;
}

function centralDocuments(count: number, bodies: ReturnType<typeof centralBodies>): Doc[] {
  const types: CentralType[] = ['CT', 'NQ', 'KL'];
  const next = new Map<string, number>();
  const docs: Doc[] = [];
  for (let j = 0; j < count; j += 1) {
    const type = types[j % 3]!;
    const term = j % 5 === 4 ? 'XII' : 'XIII';
    const key = `${term}|${type}`;
    const number = next.get(key) ?? FIRST_NUMBER[type];
    next.set(key, number + 1);
    const sequence = number - FIRST_NUMBER[type];
    const span = TERM_SPAN[term];
    const issuedOn = j === 0 ? '2024-02-05' : addDays(span.from, 30 + ((sequence * 97 + j * 13) % (span.days - 60)));
    const issuer =
      type === 'CT' ? (number % 4 === 0 ? bodies.politburo : bodies.secretariat)
      : type === 'NQ' ? (number % 3 === 0 ? bodies.bchtw : bodies.politburo)
      : number % 2 === 0 ? bodies.politburo : bodies.secretariat;
    const code = `${number}-${type}/TW`;
    const { typeName, kind } = CENTRAL_TYPE_NAME[type];
    const title = TOPICS[j % TOPICS.length]!;
    docs.push({
      plan: {
        id: documentId({ code, issuerAbbreviation: 'TW', issuedOn, term }),
        code, system: 'PARTY', kind, typeName, name: `${typeName} số ${code}`, title, issuedOn, term, issuerId: issuer.id, quotes: [],
      },
      issuer,
      reference: `${typeName} số ${code} ngày ${vietnameseDate(issuedOn)} của ${issuer.name} khóa ${term}`,
    });
  }
  return docs;
}

/** A plan of the body `issuer`, numbered `number`, issued on `issuedOn`, carrying out `basis`. */
function localDocument({ issuer, number, issuedOn, basis, typeAbbreviation }: { issuer: Body; number: number; issuedOn: string; basis: Doc; typeAbbreviation: 'KH' | 'NQ' | 'CTr' }): Doc {
  const code = issuer.system === 'PARTY' ? `${number}-${typeAbbreviation}/${issuer.abbreviation}` : `${number}/${typeAbbreviation}-${issuer.abbreviation}`;
  const typeName = typeAbbreviation === 'KH' ? 'Kế hoạch' : typeAbbreviation === 'NQ' ? 'Nghị quyết' : 'Chương trình hành động';
  const kind = typeAbbreviation === 'KH' ? 'PLAN' : typeAbbreviation === 'NQ' ? 'RESOLUTION' : 'PROGRAM';
  const title = `thực hiện ${basis.plan.name} ${basis.plan.title ?? ''}`.trim();
  return {
    plan: {
      id: documentId({ code, issuerAbbreviation: issuer.abbreviation, issuerProvince: issuer.province, issuerLocality: issuer.locality, issuedOn }),
      code, system: issuer.system, kind, typeName, name: `${typeName} số ${code}`, title, issuedOn, term: null, issuerId: issuer.id, quotes: [],
    },
    issuer,
    reference: `${typeName} số ${code} ngày ${vietnameseDate(issuedOn)} của ${issuer.name}`,
  };
}

/** The three figures every meeting article reports: two results and a target. */
function reportFigures({ article, body, meeting, year, seed }: { article: Article; body: Body; meeting: PlanMeeting; year: number; seed: number }): void {
  const meetings = 5 + (seed % 40);
  const attendees = 300 + ((seed >>> 6) % 90) * 137;
  const results = article.say(
    `Năm ${year}, ${body.short} đã tổ chức ${meetings} hội nghị học tập, quán triệt với ${vietnameseNumber(attendees)} lượt cán bộ, đảng viên tham gia.`,
  );
  const period = `năm ${year}`;
  const common = { qualifier: 'EXACT' as const, period, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, organizationId: body.id, meetingId: meeting.id };
  article.figure({ ...common, value: meetings, unit: 'hội nghị', description: 'hội nghị học tập, quán triệt đã tổ chức', isTarget: false, quote: results });
  article.figure({ ...common, value: attendees, unit: 'lượt cán bộ, đảng viên', description: 'lượt cán bộ, đảng viên tham gia học tập', isTarget: false, quote: results });
  // Each meeting sets its own target (a figure is one sentence about one body: the same sentence in every article of a
  // body would be one figure with many sources).
  const [y, m, d] = (meeting.date ?? `${year}-01-01`).split('-').map(Number);
  const target = article.say(`Tại hội nghị ngày ${d}/${m}/${y}, ${body.short} phấn đấu đến năm 2030 có 100% cán bộ, đảng viên được học tập, quán triệt đầy đủ.`);
  article.figure({
    ...common, value: 100, unit: '%', description: 'cán bộ, đảng viên được học tập, quán triệt', isTarget: true, period: 'đến năm 2030',
    periodStart: null, periodEnd: '2030-12-31', quote: target,
  });
}

/** The entities the benchmark starts from, at `scale`. */
export function benchLandmarks({ scale }: BenchGraphOptions): BenchLandmarks {
  const shape = benchShape(scale);
  const central = centralBodies();
  const directive = centralDocuments(1, central)[0]!;
  const langSon = PROVINCES.find((p) => p.name === 'Lạng Sơn')!;
  const caMau = PROVINCES.find((p) => p.name === 'Cà Mau')!;
  const caMauBodies = provinceBodies(caMau, shape.communesPerProvince);
  const lastProvince = PROVINCES[PROVINCES.length - 1]!;
  return {
    directiveCode: directive.plan.code!,
    directiveId: directive.plan.id,
    lineageRootId: directive.plan.id,
    treeRootId: provinceBodies(langSon, 0).peoplesCommittee.id,
    searchQuery: 'tuyen truyen mieng',
    pathFromId: central.secretariat.id,
    pathToId: caMauBodies.organizers[caMauBodies.organizers.length - 1]!.id,
    lastSourceId: articleUrlSourceId(lastProvince, shape.policiesPerProvince - 1, shape.articlesPerPolicy - 1),
  };
}

function articleUrl(p: Province, policy: number, article: number): string {
  return `https://bench.vankien.test/${p.slug}/chinh-sach-${policy + 1}/bai-${article + 1}`;
}

function articleUrlSourceId(p: Province, policy: number, article: number): string {
  const url = articleUrl(p, policy, article);
  return sourceId({ url, contentKey: url });
}

/**
 * The plans of the synthetic graph at `scale`, in an order that writes every entity before anything refers to it:
 * central bodies, central documents, then each province's bodies and its chains.
 */
export function* generateBenchPlans({ scale }: BenchGraphOptions): Generator<GraphPlan> {
  const shape = benchShape(scale);
  const central = centralBodies();
  const docs = centralDocuments(shape.centralDocuments, central);

  // The central bodies.
  {
    const article = new Article('https://bench.vankien.test/trung-uong/to-chuc');
    for (const b of [central.bchtw, central.politburo, central.secretariat]) {
      const parent = b.parentId === central.bchtw.id ? central.bchtw.name : null;
      article.body(b, article.say(parent ? `${b.name} là cơ quan của ${parent}.` : `${b.name} là cơ quan lãnh đạo của Đảng giữa hai kỳ Đại hội.`), true);
    }
    yield article.build({ title: 'Các cơ quan lãnh đạo của Đảng ở Trung ương', publisher: 'Báo Điện tử Đảng Cộng sản Việt Nam', publishedOn: '2021-02-15' });
  }

  // One announcement per central document; a conclusion builds on the resolution before it in the same term.
  const lastResolution = new Map<string, Doc>();
  for (const [j, doc] of docs.entries()) {
    const article = new Article(`https://bench.vankien.test/trung-uong/van-ban-${j + 1}`);
    const d = doc.plan;
    const announcement = article.say(`Ngày ${vietnameseDate(d.issuedOn!)}, ${doc.issuer.name} khóa ${d.term} ban hành ${d.name} ${d.title}.`);
    article.body(doc.issuer, announcement);
    article.document(doc, announcement);
    const resolution = lastResolution.get(d.term!);
    if (d.kind === 'CONCLUSION' && resolution) {
      const basis = article.say(`${d.name} nhằm tiếp tục thực hiện ${resolution.reference}.`);
      article.document(resolution, basis);
      article.basedOn(d.id, resolution.plan.id, basis);
    }
    if (d.kind === 'RESOLUTION') lastResolution.set(d.term!, doc);
    yield article.build({ title: `${doc.issuer.short} ban hành ${d.name}`, publisher: 'Báo Điện tử Đảng Cộng sản Việt Nam', publishedOn: d.issuedOn });
  }

  for (const [i, province] of PROVINCES.entries()) {
    const bodies = provinceBodies(province, shape.communesPerProvince);
    const publisher = `Báo ${province.name}`;

    // The province's bodies and their hierarchy.
    {
      const article = new Article(`https://bench.vankien.test/${province.slug}/he-thong-chinh-tri`);
      const byId = new Map(bodies.all.map((b) => [b.id, b]));
      for (const b of bodies.all) {
        const parent = b.parentId ? byId.get(b.parentId) : undefined;
        const led = b.leadsId ? byId.get(b.leadsId) : undefined;
        const quote = article.say(
          led ? `${b.name} lãnh đạo ${led.name}.` : parent ? `${b.name} trực thuộc ${parent.name}.` : `${b.name} là cơ quan của ${province.unit} ${province.name}.`,
        );
        article.body(b, quote, true);
      }
      yield article.build({ title: `Hệ thống chính trị ${province.unit} ${province.name}`, publisher, publishedOn: '2025-07-01' });
    }

    // Each province takes up the landmark directive first, then a window of the other central documents.
    const documentNumbers = new Map<string, number>();
    const nextNumber = (b: Body) => {
      const n = (documentNumbers.get(b.id) ?? 0) + 1;
      documentNumbers.set(b.id, n);
      return n;
    };
    for (let k = 0; k < shape.policiesPerProvince; k += 1) {
      const c = k === 0 ? docs[0]! : docs[1 + ((i * 7 + k - 1) % (docs.length - 1))]!;
      const seed = hash(`${province.name}|${k}`);

      // T1: the Tỉnh ủy takes the central document up in its own plan, at a meeting of its Ban Thường vụ or Ban Chấp hành.
      const t1Date = addDays(c.plan.issuedOn!, 20 + (seed % 40));
      const typeAbbreviation = c.plan.kind === 'RESOLUTION' ? 'CTr' : k % 4 === 1 ? 'NQ' : 'KH';
      const p1 = localDocument({ issuer: bodies.committee, number: 100 + nextNumber(bodies.committee), issuedOn: t1Date, basis: c, typeAbbreviation });
      const t1Organizer = k % 2 === 0 ? bodies.standing : bodies.committee;
      yield chainArticle({
        url: articleUrl(province, k, 0), publisher, organizer: t1Organizer, speakersOf: bodies.committee, date: t1Date,
        disseminated: [c], implemented: [c], issued: p1, basis: c, seed,
      });

      // T2: the UBND plans its part, based on the Tỉnh ủy's plan.
      const t2Date = addDays(t1Date, 10 + (seed % 20));
      const p2 = localDocument({ issuer: bodies.peoplesCommittee, number: 200 + nextNumber(bodies.peoplesCommittee), issuedOn: t2Date, basis: p1, typeAbbreviation: 'KH' });
      yield chainArticle({
        url: articleUrl(province, k, 1), publisher, organizer: bodies.peoplesCommittee, speakersOf: bodies.peoplesCommittee, date: t2Date,
        disseminated: [p1], implemented: [p1], issued: p2, basis: p1, seed: seed >>> 3,
      });

      // T3: bodies in turn disseminate the plan above them (state bodies the UBND's, party bodies the Tỉnh ủy's),
      // issue their own, and every other one also names the central document.
      for (let t = 0; t < shape.articlesPerPolicy - 2; t += 1) {
        const body = bodies.organizers[(k * (shape.articlesPerPolicy - 2) + t) % bodies.organizers.length]!;
        const basis = body.system === 'STATE' ? p2 : p1;
        const date = addDays(t2Date, 7 + t * 9);
        const issued = localDocument({
          issuer: body, number: nextNumber(body), issuedOn: addDays(date, 3), basis, typeAbbreviation: body.abbreviation === 'HĐND' ? 'NQ' : 'KH',
        });
        const alsoCentral = t % 2 === 0;
        yield chainArticle({
          url: articleUrl(province, k, t + 2), publisher, organizer: body, speakersOf: body, date,
          disseminated: alsoCentral ? [basis, c] : [basis], implemented: alsoCentral ? [basis, c] : [basis], issued, basis, seed: hash(`${seed}|${t}`),
        });
      }
    }
  }
}

/**
 * One meeting article: `organizer` meets on `date` to disseminate documents, its leaders speak, it issues its own
 * plan based on `basis`, implements documents and reports figures.
 */
function chainArticle({
  url,
  publisher,
  organizer,
  speakersOf,
  date,
  disseminated,
  implemented,
  issued,
  basis,
  seed,
}: {
  url: string;
  publisher: string;
  organizer: Body;
  speakersOf: Body;
  date: string;
  disseminated: Doc[];
  implemented: Doc[];
  issued: Doc;
  basis: Doc;
  seed: number;
}): GraphPlan {
  const article = new Article(url);
  const main = disseminated[0]!;
  const title = `Hội nghị quán triệt, triển khai thực hiện ${main.plan.name}`;
  const opening = article.say(`Ngày ${vietnameseDate(date)}, ${organizer.name} tổ chức ${title}.`);
  article.body(organizer, opening);
  const format = seed % 3 === 0 ? 'HYBRID' : 'IN_PERSON';
  const connectedPoints = format === 'HYBRID' ? 10 + (seed % 90) : null;
  const meeting: PlanMeeting = {
    id: meetingId({ organizerId: organizer.id, date, title }), title, date, format, connectedPoints, organizerId: organizer.id, quotes: [opening],
  };
  if (connectedPoints !== null) {
    meeting.quotes.push(article.say(`Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến ${connectedPoints} điểm cầu.`));
  }
  article.meeting(meeting);

  const [head, deputy] = [leader(speakersOf, 0), leader(speakersOf, 1)];
  if (speakersOf.id !== organizer.id) article.body(speakersOf);
  const chaired = article.say(`Đồng chí ${head.name}, ${head.role}, chủ trì hội nghị và phát biểu chỉ đạo.`);
  article.speech(article.person(head, chaired), meeting.id, 'chỉ đạo triển khai', chaired);

  for (const [n, doc] of disseminated.entries()) {
    const sentence = article.say(
      n === 0
        ? `Tại hội nghị, đồng chí ${deputy.name}, ${deputy.role}, đã quán triệt những nội dung cơ bản của ${doc.reference}.`
        : `Hội nghị cũng quán triệt ${doc.reference} ${doc.plan.title ?? ''}.`.replace(' .', '.'),
    );
    article.document(doc, sentence);
    if (doc.issuer.id !== organizer.id) article.body(doc.issuer, sentence);
    article.dissemination(meeting.id, doc.plan.id, sentence);
    if (n === 0) article.speech(article.person(deputy, sentence), meeting.id, `quán triệt ${doc.plan.name}`, sentence);
  }

  const issuing = article.say(
    `Thực hiện ${basis.plan.name}, ${organizer.short} đã ban hành ${issued.plan.name} ngày ${vietnameseDate(issued.plan.issuedOn!)} ${issued.plan.title}.`,
  );
  article.document(issued, issuing);
  article.basedOn(issued.plan.id, basis.plan.id, issuing);
  for (const doc of implemented) {
    const sentence =
      doc === basis
        ? issuing
        : article.say(`${organizer.short} tiếp tục cụ thể hóa, triển khai thực hiện ${doc.plan.name} ${doc.plan.title ?? ''}.`.replace(' .', '.'));
    article.document(doc, sentence);
    const actions = doc === basis ? ['ban hành kế hoạch', 'triển khai thực hiện'] : ['tiếp tục cụ thể hóa', 'triển khai thực hiện'];
    article.implementation(organizer.id, doc.plan.id, actions, sentence);
  }
  reportFigures({ article, body: organizer, meeting, year: Number(date.slice(0, 4)), seed });
  return article.build({ title: `${organizer.short} ${title.charAt(0).toLowerCase()}${title.slice(1)}`, publisher, publishedOn: addDays(date, 1) });
}
