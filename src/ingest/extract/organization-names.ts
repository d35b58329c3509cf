/**
 * The names of bodies as the organization matcher knows them: folded spellings (abbreviations included) and the
 * canonical names they stand for. Patterns are folded words separated by spaces ("ban chap hanh trung uong").
 */
import type { OrganizationKind } from '../../domain/graph-plan';

/** A body as canonical names describe it. */
export interface OrganizationSpec {
  name: string;
  kind: OrganizationKind;
  province: string | null;
}

export const CENTRAL_COMMITTEE: OrganizationSpec = { name: 'Ban Chấp hành Trung ương Đảng', kind: 'PARTY_COMMITTEE', province: null };
export const POLITBURO: OrganizationSpec = { name: 'Bộ Chính trị', kind: 'PARTY_COMMITTEE', province: null };
export const SECRETARIAT: OrganizationSpec = { name: 'Ban Bí thư Trung ương Đảng', kind: 'PARTY_COMMITTEE', province: null };
/** National mass organisations, folded in full and abbreviated, with their names. */
const NATIONAL_MASS_ORGANIZATIONS: ReadonlyArray<[string, string, string]> = [
  ['hoi nong dan viet nam', 'hnd viet nam', 'Hội Nông dân Việt Nam'],
  ['hoi lien hiep phu nu viet nam', 'hoi lhpn viet nam', 'Hội Liên hiệp Phụ nữ Việt Nam'],
  ['hoi cuu chien binh viet nam', 'hoi ccb viet nam', 'Hội Cựu chiến binh Việt Nam'],
];
const YOUTH_UNION_CENTRAL: OrganizationSpec = { name: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', kind: 'MASS_ORGANIZATION', province: null };
export const GOVERNMENT: OrganizationSpec = { name: 'Chính phủ', kind: 'STATE_BODY', province: null };
export const PRIME_MINISTER: OrganizationSpec = { name: 'Thủ tướng Chính phủ', kind: 'STATE_BODY', province: null };
export const NATIONAL_ASSEMBLY: OrganizationSpec = { name: 'Quốc hội', kind: 'STATE_BODY', province: null };
const SUPREME_COURT: OrganizationSpec = { name: 'Tòa án nhân dân tối cao', kind: 'STATE_BODY', province: null };
const SUPREME_PROCURACY: OrganizationSpec = { name: 'Viện Kiểm sát nhân dân tối cao', kind: 'STATE_BODY', province: null };

const splitCache = new Map<string, string[]>();
/** Splits a pattern written as folded words ("ban chap hanh") into tokens, once per pattern. */
export const words = (pattern: string): string[] => {
  let parts = splitCache.get(pattern);
  if (!parts) {
    parts = pattern.split(' ');
    splitCache.set(pattern, parts);
  }
  return parts;
};

/** Departments (Sở) and ministries (Bộ): folded spellings, abbreviations included, and the display name. */
export const DEPARTMENTS: ReadonlyArray<[string[], string]> = [
  ['ke hoach va dau tu|kh&dt|khdt|kh va dt|kh & dt', 'Kế hoạch và Đầu tư'],
  ['tai chinh', 'Tài chính'],
  ['noi vu', 'Nội vụ'],
  ['tu phap', 'Tư pháp'],
  ['y te', 'Y tế'],
  ['xay dung', 'Xây dựng'],
  ['cong thuong', 'Công Thương'],
  ['giao duc va dao tao|gd&dt|gddt|gd & dt', 'Giáo dục và Đào tạo'],
  ['lao dong - thuong binh va xa hoi|lao dong , thuong binh va xa hoi|lao dong thuong binh va xa hoi|ld - tb&xh|ldtbxh|ld-tb&xh', 'Lao động - Thương binh và Xã hội'],
  ['van hoa , the thao va du lich|van hoa the thao va du lich|vh - tt&dl|vhttdl', 'Văn hóa, Thể thao và Du lịch'],
  ['van hoa va the thao|vh&tt', 'Văn hóa và Thể thao'],
  ['thong tin va truyen thong|tt&tt|tttt', 'Thông tin và Truyền thông'],
  ['tai nguyen va moi truong|tn&mt|tnmt', 'Tài nguyên và Môi trường'],
  ['nong nghiep va phat trien nong thon|nn&ptnt|nnptnt', 'Nông nghiệp và Phát triển nông thôn'],
  ['nong nghiep va moi truong|nn&mt', 'Nông nghiệp và Môi trường'],
  ['khoa hoc va cong nghe|kh&cn|khcn', 'Khoa học và Công nghệ'],
  ['giao thong van tai|gtvt', 'Giao thông vận tải'],
  ['ngoai vu', 'Ngoại vụ'],
  ['dan toc va ton giao', 'Dân tộc và Tôn giáo'],
  ['du lich', 'Du lịch'],
].map(([spellings, name]) => [(spellings as string).split('|'), name as string]);

export const MINISTRY_ONLY: ReadonlyArray<[string, string]> = [
  ['quoc phong', 'Quốc phòng'],
  ['cong an', 'Công an'],
  ['ngoai giao', 'Ngoại giao'],
];

/** Party boards: the prefix, and the name it takes in canonical names. */
export const BOARDS: ReadonlyArray<[string, string, OrganizationKind]> = [
  ['ban thuong vu', 'Ban Thường vụ', 'PARTY_COMMITTEE'],
  ['ban tv', 'Ban Thường vụ', 'PARTY_COMMITTEE'],
  ['btv', 'Ban Thường vụ', 'PARTY_COMMITTEE'],
  ['thuong truc', 'Thường trực', 'PARTY_COMMITTEE'],
  ['ban tuyen giao va dan van', 'Ban Tuyên giáo và Dân vận', 'PARTY_AGENCY'],
  ['ban tuyen giao', 'Ban Tuyên giáo', 'PARTY_AGENCY'],
  ['ban tg', 'Ban Tuyên giáo', 'PARTY_AGENCY'],
  ['btg', 'Ban Tuyên giáo', 'PARTY_AGENCY'],
  ['ban to chuc', 'Ban Tổ chức', 'PARTY_AGENCY'],
  ['ban dan van', 'Ban Dân vận', 'PARTY_AGENCY'],
  ['ban noi chinh', 'Ban Nội chính', 'PARTY_AGENCY'],
  ['ban kinh te', 'Ban Kinh tế', 'PARTY_AGENCY'],
  ['ban doi ngoai', 'Ban Đối ngoại', 'PARTY_AGENCY'],
  ['uy ban kiem tra', 'Ủy ban Kiểm tra', 'PARTY_AGENCY'],
  ['ubkt', 'Ủy ban Kiểm tra', 'PARTY_AGENCY'],
  ['van phong', 'Văn phòng', 'PARTY_AGENCY'],
];

/** Local bodies named by a head and a locality ("UBND tỉnh", "Hội Nông dân huyện X"). */
export const LOCAL_BODIES: ReadonlyArray<[string[], string, OrganizationKind]> = [
  [['uy ban nhan dan', 'ubnd'], 'Ủy ban nhân dân', 'STATE_BODY'],
  [['hoi dong nhan dan', 'hdnd'], 'Hội đồng nhân dân', 'STATE_BODY'],
  [['doan dai bieu quoc hoi', 'doan dbqh'], 'Đoàn Đại biểu Quốc hội', 'STATE_BODY'],
  [
    [
      'uy ban mat tran to quoc viet nam', 'uy ban mat tran to quoc', 'uy ban mttq viet nam', 'uy ban mttq', 'ubmttq viet nam',
      'ubmttq', 'mttq viet nam', 'mttq', 'mat tran to quoc viet nam', 'mat tran to quoc',
    ],
    'Ủy ban Mặt trận Tổ quốc Việt Nam',
    'MASS_ORGANIZATION',
  ],
  [['cong an'], 'Công an', 'STATE_AGENCY'],
  [['bao hiem xa hoi', 'bhxh'], 'Bảo hiểm xã hội', 'STATE_AGENCY'],
  [['toa an nhan dan', 'tand'], 'Tòa án nhân dân', 'STATE_BODY'],
  [['vien kiem sat nhan dan', 'vksnd'], 'Viện Kiểm sát nhân dân', 'STATE_BODY'],
  [['bo chi huy quan su'], 'Bộ Chỉ huy Quân sự', 'STATE_AGENCY'],
  [['dang uy quan su'], 'Đảng ủy Quân sự', 'PARTY_COMMITTEE'],
  [['hoi lien hiep phu nu', 'hoi lhpn'], 'Hội Liên hiệp Phụ nữ', 'MASS_ORGANIZATION'],
  [['hoi nong dan'], 'Hội Nông dân', 'MASS_ORGANIZATION'],
  // The Youth Union below the province ("Đoàn Thanh niên phường"); at the province it is the Tỉnh đoàn / Thành đoàn.
  [['doan thanh nien cong san ho chi minh', 'doan tncs ho chi minh', 'doan thanh nien'], 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'MASS_ORGANIZATION'],
  [['hoi cuu chien binh', 'hoi ccb'], 'Hội Cựu chiến binh', 'MASS_ORGANIZATION'],
  [['lien doan lao dong', 'ldld'], 'Liên đoàn Lao động', 'MASS_ORGANIZATION'],
  [['ban dan toc'], 'Ban Dân tộc', 'STATE_AGENCY'],
].map(([spellings, name, kind]) => [spellings as string[], name as string, kind as OrganizationKind]);

/** Central bodies with a fixed name. The first word must be capitalised. */
export const CENTRAL_BODIES: ReadonlyArray<[string, OrganizationSpec]> = [
  ['ban chap hanh trung uong dang', CENTRAL_COMMITTEE],
  ['ban chap hanh trung uong', CENTRAL_COMMITTEE],
  ['bch trung uong', CENTRAL_COMMITTEE],
  ['bch tw', CENTRAL_COMMITTEE],
  ['bchtw', CENTRAL_COMMITTEE],
  ['trung uong dang', CENTRAL_COMMITTEE],
  ['bo chinh tri', POLITBURO],
  // The party committees of the public-security and military forces, which issue their own party documents (…/ĐUCA).
  ['dang uy cong an trung uong', { name: 'Đảng ủy Công an Trung ương', kind: 'PARTY_COMMITTEE', province: null }],
  ['quan uy trung uong', { name: 'Quân ủy Trung ương', kind: 'PARTY_COMMITTEE', province: null }],
  // The Youth Union's central bodies ("Ban Bí thư Trung ương Đoàn" is not the party's Secretariat).
  ['ban bi thu trung uong doan', { name: 'Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh', kind: 'MASS_ORGANIZATION', province: null }],
  ['ban thuong vu trung uong doan', { name: 'Ban Thường vụ Trung ương Đoàn TNCS Hồ Chí Minh', kind: 'MASS_ORGANIZATION', province: null }],
  // The national mass organisations' central committees: "Ban Chấp hành Trung ương Hội Nông dân Việt Nam" is not the
  // Party's Central Committee.
  ...NATIONAL_MASS_ORGANIZATIONS.flatMap(([folded, abbreviated, name]): Array<[string, OrganizationSpec]> => {
    const spec: OrganizationSpec = { name: `Trung ương ${name}`, kind: 'MASS_ORGANIZATION', province: null };
    return [folded, abbreviated].flatMap((words) => [[`ban chap hanh trung uong ${words}`, spec], [`trung uong ${words}`, spec], [words, spec]] as Array<[string, OrganizationSpec]>);
  }),
  ['ban chap hanh trung uong doan', YOUTH_UNION_CENTRAL],
  ['trung uong doan', YOUTH_UNION_CENTRAL],
  ['ban bi thu trung uong dang', SECRETARIAT],
  ['ban bi thu trung uong', SECRETARIAT],
  ['ban bi thu', SECRETARIAT],
  ['thu tuong chinh phu', PRIME_MINISTER],
  ['thu tuong', PRIME_MINISTER],
  ['van phong chinh phu', { name: 'Văn phòng Chính phủ', kind: 'STATE_BODY', province: null }],
  ['chinh phu', GOVERNMENT],
  ['uy ban thuong vu quoc hoi', { name: 'Ủy ban Thường vụ Quốc hội', kind: 'STATE_BODY', province: null }],
  ['ubtvqh', { name: 'Ủy ban Thường vụ Quốc hội', kind: 'STATE_BODY', province: null }],
  ['quoc hoi', NATIONAL_ASSEMBLY],
  ['chu tich nuoc', { name: 'Chủ tịch nước', kind: 'STATE_BODY', province: null }],
  ['toa an nhan dan toi cao', SUPREME_COURT],
  ['tand toi cao', SUPREME_COURT],
  ['vien kiem sat nhan dan toi cao', SUPREME_PROCURACY],
  ['vksnd toi cao', SUPREME_PROCURACY],
  ['mat tran to quoc viet nam', { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'MASS_ORGANIZATION', province: null }],
  ['uy ban trung uong mat tran to quoc viet nam', { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'MASS_ORGANIZATION', province: null }],
  ['uy ban trung uong mttq viet nam', { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'MASS_ORGANIZATION', province: null }],
  // The Government's party committee is not the Government ("giao Đảng ủy Chính phủ chủ trì").
  ['dang uy chinh phu', { name: 'Đảng ủy Chính phủ', kind: 'PARTY_COMMITTEE', province: null }],
  ['dang uy quoc hoi', { name: 'Đảng ủy Quốc hội', kind: 'PARTY_COMMITTEE', province: null }],
];

/**
 * Heads of bodies whose name the text spells out in full before the locality ("Ban Chỉ huy Phòng thủ dân sự tỉnh"):
 * the name is kept as written. The head must be followed by a capitalised word.
 */
/**
 * Institutions named by a head and their own capitalised name: enterprises, schools, hospitals, banks, academies
 * ("Tập đoàn Dầu khí Quốc gia Việt Nam", "Trường Đại học Sư phạm Hà Nội", "Công ty Điện lực Nghệ An"). A school needs
 * its type after "Trường": a bare "Trường" before capitals is as often a person's name.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'tap doan',
  'tong cong ty',
  'cong ty',
  'ngan hang',
  'benh vien',
  'hoc vien',
  'dai hoc',
  ...['dai hoc', 'cao dang', 'trung cap', 'chinh tri', 'quan su', 'si quan', 'thpt', 'thcs', 'trung hoc', 'tieu hoc', 'mam non', 'pho thong'].map((type) => `truong ${type}`),
];
/** Lower-case words inside an institution's name, before more of it: "Tổng công ty Điện lực miền Bắc". */
export const INSTITUTION_INNER_WORDS: ReadonlySet<string> = new Set(['va', 'mien']);

export const GENERIC_HEADS = ['ban chi dao', 'bcd', 'ban chi huy', 'ban quan ly', 'ban an toan giao thong', 'hoi dong', 'trung tam', 'chi cuc', 'cuc', 'vien kiem sat nhan dan', 'toa an nhan dan'];
export const LOCALITY_WORDS = new Set(['tinh', 'thanh', 'tp', 'huyen', 'quan', 'thi', 'xa', 'phuong', 'tx', 'dac']);

/** Posts that precede "Thường trực" ("Phó Bí thư Thường trực Tỉnh ủy"): there it is part of a post, not the board. */
export const POST_BEFORE_STANDING = new Set(['thu', 'tich']);
