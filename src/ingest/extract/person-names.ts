import { writtenAs } from './text-view';

/**
 * Vietnamese family names, folded: a capitalised word sequence starting with one is most likely a person's name
 * ("Phó Bí thư Thường trực Thành ủy Đỗ Mạnh Hiến"), which tells a speaker from a place after a post.
 */
export const FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly doan dinh luong trinh mai ha lam to trieu ' +
    'hua nong lo vi chu cao ta dao thai luc lai kieu quach tong giang khuat la van chau dam mac luu ton that tieu vuong ' +
    'thach ong giap au han nghiem bach quan khong ung phung tang hau lang kim son ca'
  ).split(' '),
);

/**
 * Family names that fold like other words, with their spelling: "Trương" (not "trưởng", "trường"), "Điểu" and "Cầm",
 * and the name prefixes of the Central Highlands peoples ("A Tuấn", "Y Liên", "Ksor H'Ní", "Siu Thu").
 */
const SPELLED_FAMILY_NAMES: ReadonlyMap<string, string> = new Map([
  ['truong', 'trương'],
  ['dieu', 'điểu'],
  ['cam', 'cầm'],
  ['a', 'a'],
  ['y', 'y'],
  ['ksor', 'ksor'],
  ['siu', 'siu'],
  ['rmah', 'rmah'],
  ['nie', 'niê'],
  ['mlo', 'mlô'],
]);

/** Whether the word at `start` (folded `folded`, in `text` as written) is a family name. */
export function isFamilyName(folded: string | undefined, text: string, start: number): boolean {
  if (folded === undefined) return false;
  if (FAMILY_NAMES.has(folded)) return true;
  const spelling = SPELLED_FAMILY_NAMES.get(folded);
  return spelling !== undefined && writtenAs(text, start, spelling) && !/\p{L}/u.test(text[start + spelling.length] ?? '');
}

/**
 * The words a post begins with, folded, as a regular-expression source: party and state posts, military ("Chính ủy",
 * "Tư lệnh"), courts ("Chánh án"), schools ("Hiệu trưởng"). One vocabulary for every reader of posts: a speaker's post,
 * the official before an issuing body, the posts before a body that is not a meeting's subject.
 */
export const POST_TITLE =
  '(?:quyen )?(?:pho |tong )?(?:phu trach|bi thu|chu tich|giam doc|truong ban|truong|(?:tinh |thanh |huyen |quan |thi |dang )?uy vien|thu truong|bo truong|thu tuong|chanh van phong|chu nhiem|dai bieu|chinh uy|tu lenh|tham muu truong|chi huy truong|chanh an|vien truong|hieu truong|cuc truong|thuong truc ban bi thu)';

/** Folded words of a post ("Phó Bí thư Thường trực", "Giám đốc", "Trưởng Ban"). */
export const POST_WORDS: ReadonlySet<string> = new Set(
  'pho bi thu thuong truc chu tich giam doc truong ban uy vien tong tuong bo nhiem ve thu ky chanh van phong vu dai bieu doan quoc hoi quyen phu trach'.split(' '),
);
