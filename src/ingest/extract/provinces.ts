/**
 * Provinces and centrally-run cities: the 34 in force since 1 July 2025 (Nghị quyết 202/2025/QH15) and the 63 before,
 * since older articles name those. "tỉnh" in an article means the province of its source, found here from the url
 * host (baolangson.vn), the publisher ("Báo Lạng Sơn") or the text.
 */
import { nameKey } from '../../domain/identity';

export interface Province {
  /** As written in canonical organization names: "Lạng Sơn", "Thành phố Hồ Chí Minh". */
  name: string;
  unit: 'tỉnh' | 'thành phố';
  /** One of the 34 units in force since 1 July 2025. */
  current: boolean;
  /** One of the 63 units before 1 July 2025 (Thừa Thiên Huế until it became the city of Huế on 1 January 2025). */
  former: boolean;
  /** The current unit a former one merged into. */
  mergedInto?: string;
  /** Other spellings, including url slugs. */
  aliases?: string[];
}

const both = (name: string, unit: Province['unit'] = 'tỉnh', aliases?: string[]): Province => ({
  name,
  unit,
  current: true,
  former: true,
  ...(aliases ? { aliases } : {}),
});
const formerOnly = (name: string, mergedInto: string, aliases?: string[]): Province => ({
  name,
  unit: 'tỉnh',
  current: false,
  former: true,
  mergedInto,
  ...(aliases ? { aliases } : {}),
});

export const PROVINCES: readonly Province[] = [
  // In force both before and after 1 July 2025: 11 unchanged units (Huế below) and the 23 that absorbed others.
  both('Hà Nội', 'thành phố', ['hanoimoi']),
  both('Lai Châu'),
  both('Điện Biên'),
  both('Sơn La'),
  both('Lạng Sơn'),
  both('Quảng Ninh'),
  both('Thanh Hóa'),
  both('Nghệ An'),
  both('Hà Tĩnh'),
  both('Cao Bằng'),
  both('Tuyên Quang'),
  both('Lào Cai'),
  both('Thái Nguyên'),
  both('Phú Thọ'),
  both('Bắc Ninh'),
  both('Hưng Yên'),
  both('Hải Phòng', 'thành phố'),
  both('Ninh Bình'),
  both('Quảng Trị'),
  both('Đà Nẵng', 'thành phố'),
  both('Quảng Ngãi'),
  both('Gia Lai'),
  both('Khánh Hòa'),
  both('Lâm Đồng'),
  both('Đắk Lắk', 'tỉnh', ['Đăk Lăk', 'Đắc Lắc']),
  both('Thành phố Hồ Chí Minh', 'thành phố', ['TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP.HCM', 'TP. HCM', 'TPHCM', 'TP HCM', 'hochiminh', 'hcm', 'sggp', 'hcmcpv']),
  both('Đồng Nai'),
  both('Tây Ninh'),
  both('Cần Thơ', 'thành phố'),
  both('Vĩnh Long'),
  both('Đồng Tháp'),
  both('Cà Mau'),
  both('An Giang'),
  { name: 'Huế', unit: 'thành phố', current: true, former: false },
  // Before 1 July 2025 only.
  formerOnly('Thừa Thiên Huế', 'Huế', ['Thừa Thiên - Huế']),
  formerOnly('Hà Giang', 'Tuyên Quang'),
  formerOnly('Yên Bái', 'Lào Cai'),
  formerOnly('Bắc Kạn', 'Thái Nguyên', ['Bắc Cạn']),
  formerOnly('Vĩnh Phúc', 'Phú Thọ'),
  formerOnly('Hòa Bình', 'Phú Thọ'),
  formerOnly('Bắc Giang', 'Bắc Ninh'),
  formerOnly('Thái Bình', 'Hưng Yên'),
  formerOnly('Hải Dương', 'Hải Phòng'),
  formerOnly('Hà Nam', 'Ninh Bình'),
  formerOnly('Nam Định', 'Ninh Bình'),
  formerOnly('Quảng Bình', 'Quảng Trị'),
  formerOnly('Quảng Nam', 'Đà Nẵng'),
  formerOnly('Kon Tum', 'Quảng Ngãi'),
  formerOnly('Bình Định', 'Gia Lai'),
  formerOnly('Ninh Thuận', 'Khánh Hòa'),
  formerOnly('Đắk Nông', 'Lâm Đồng', ['Đăk Nông']),
  formerOnly('Bình Thuận', 'Lâm Đồng'),
  formerOnly('Phú Yên', 'Đắk Lắk'),
  formerOnly('Bình Dương', 'Thành phố Hồ Chí Minh'),
  formerOnly('Bà Rịa - Vũng Tàu', 'Thành phố Hồ Chí Minh', ['Bà Rịa-Vũng Tàu', 'BR-VT']),
  formerOnly('Bình Phước', 'Đồng Nai'),
  formerOnly('Long An', 'Tây Ninh'),
  formerOnly('Sóc Trăng', 'Cần Thơ'),
  formerOnly('Hậu Giang', 'Cần Thơ'),
  formerOnly('Bến Tre', 'Vĩnh Long'),
  formerOnly('Trà Vinh', 'Vĩnh Long'),
  formerOnly('Tiền Giang', 'Đồng Tháp'),
  formerOnly('Bạc Liêu', 'Cà Mau'),
  formerOnly('Kiên Giang', 'An Giang'),
];

/** "tỉnh Lạng Sơn", "thành phố Hà Nội", "Thành phố Hồ Chí Minh": how canonical names place a body. */
export function localityOf(province: Province): string {
  return province.name.startsWith('Thành phố') ? province.name : `${province.unit} ${province.name}`;
}

/** Folded spellings (space-separated words) → province; bare "Hồ Chí Minh" is left out: it is also a person. */
const BY_KEY = new Map<string, Province>();
for (const province of PROVINCES) {
  BY_KEY.set(nameKey(province.name), province);
  for (const alias of province.aliases ?? []) if (/[\s.\-]/.test(alias) || /\p{Lu}/u.test(alias)) BY_KEY.set(nameKey(alias), province);
}
BY_KEY.set(nameKey('Hồ Chí Minh'), PROVINCES.find((p) => p.name === 'Thành phố Hồ Chí Minh') as Province);

/** The province named exactly `name` (any spelling, case or diacritics), or undefined. */
export function findProvince(name: string): Province | undefined {
  return BY_KEY.get(nameKey(name));
}

/** Longest first, so "Thừa Thiên Huế" wins over "Huế" and "Bà Rịa - Vũng Tàu" over nothing shorter. */
const KEYS_BY_LENGTH = [...BY_KEY.keys()].sort((a, b) => b.length - a.length);

/**
 * The province whose name starts at word `index` of `words` (folded words): returns it with the number of words used.
 * "Hồ Chí Minh" alone counts only when `allowBareHoChiMinh` (after "thành phố"), since it is also a person's name.
 */
export function provinceAtWords(words: readonly string[], index: number, allowBareHoChiMinh = false): { province: Province; length: number } | null {
  for (let length = 4; length >= 1; length -= 1) {
    if (index + length > words.length) continue;
    const key = words.slice(index, index + length).join(' ');
    const province = BY_KEY.get(key);
    if (province === undefined) continue;
    if (key === 'ho chi minh' && !allowBareHoChiMinh) continue;
    return { province, length };
  }
  return null;
}

/** Url slugs: "langson", "thuathienhue", plus explicit aliases such as "hanoimoi" and "sggp". */
const SLUGS: Array<{ slug: string; province: Province }> = PROVINCES.flatMap((province) => [
  { slug: nameKey(province.name).replace(/ /g, ''), province },
  ...(province.aliases ?? []).filter((a) => /^[a-z]+$/.test(a)).map((slug) => ({ slug, province })),
])
  .filter(({ slug }) => slug.length >= 4 || slug === 'hcm')
  .sort((a, b) => b.slug.length - a.slug.length);

/** The province of a provincial outlet's url ("https://baolangson.vn/…" → Lạng Sơn), or undefined for national ones. */
export function provinceFromUrl(url: string | null | undefined): Province | undefined {
  if (!url) return undefined;
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host) return undefined;
  const label = host.replace(/^www\./, '').split('.')[0] ?? '';
  return SLUGS.find(({ slug }) => label.includes(slug))?.province;
}

/** The province a text names most often after "tỉnh"/"thành phố"/"TP", or in a header line "Lạng Sơn, ngày …". */
export function mostNamedProvince(lower: string): Province | undefined {
  const counts = new Map<Province, number>();
  const add = (province: Province | undefined, weight = 1) => {
    if (province) counts.set(province, (counts.get(province) ?? 0) + weight);
  };
  for (const key of KEYS_BY_LENGTH) {
    let at = lower.indexOf(key);
    while (at >= 0) {
      const before = lower.slice(Math.max(0, at - 11), at);
      const after = lower.slice(at + key.length, at + key.length + 7);
      const bounded = !/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(lower[at + key.length] ?? ' ');
      // "tỉnh Sóc Trăng", "Tỉnh ủy Sóc Trăng", "(Bắc Kạn)"; a header "Lạng Sơn, ngày …" or a headline "Sóc Trăng: …".
      if (bounded && /(?:tinh|thanh pho|tp\.?|uy|\() ?$/.test(before)) add(BY_KEY.get(key));
      else if (bounded && (/^, ngay /.test(after) || (/^:/.test(after) && (at === 0 || lower[at - 1] === '\n')))) add(BY_KEY.get(key), 2);
      at = lower.indexOf(key, at + key.length);
    }
  }
  let best: Province | undefined;
  let bestCount = 0;
  for (const [province, count] of counts) {
    if (count > bestCount) {
      best = province;
      bestCount = count;
    }
  }
  return best;
}

/** The province an outlet's name holds ("Báo Quảng Ngãi", "Đài PT-TH Sơn La"), if any. */
function provinceOfOutlet(name: string): Province | undefined {
  const words = nameKey(name).split(' ');
  for (let i = 0; i < words.length; i += 1) {
    const hit = provinceAtWords(words, i, true);
    if (hit) return hit.province;
  }
  return undefined;
}

/** "(Báo Quảng Ngãi) - Ngày 16/7, …", folded: the dateline that opens a provincial outlet's report, naming the outlet. */
const DATELINE = /\((?:bao|dai|tap chi|cong thong tin|cong ttdt|ttxvn|dang cong san) [^()\n]{2,60}\) ?[-–—]/u;
/** How far into the text a dateline may open the report (past a headline and a lead). */
const DATELINE_REACH = 800;

/**
 * The province of the source: url host first, then a province named in the publisher, then the dateline of the
 * report ("(Báo Sơn La) - …": one comparison with another province must not outweigh it), then the text.
 */
export function sourceProvince({ url, publisher, lowerText }: { url?: string | null; publisher?: string | null; lowerText: string }): Province | undefined {
  const fromUrl = provinceFromUrl(url);
  if (fromUrl) return fromUrl;
  const fromPublisher = publisher ? provinceOfOutlet(publisher) : undefined;
  if (fromPublisher) return fromPublisher;
  const dateline = DATELINE.exec(lowerText.slice(0, DATELINE_REACH));
  const fromDateline = dateline ? provinceOfOutlet(dateline[0]) : undefined;
  return fromDateline ?? mostNamedProvince(lowerText);
}
