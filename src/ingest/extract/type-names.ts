/**
 * Vietnamese document type names as they precede a code ("Nghị quyết số", "Chương trình hành động số"), folded, with
 * the spelling to display. kindFromTypeName (domain) decides the kind; this list decides what to look for.
 */

/** Folded type name → display name. Longer names first where one starts another ("thông báo kết luận"). */
export const TYPE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['nghi quyet lien tich', 'Nghị quyết liên tịch'],
  ['nghi quyet', 'Nghị quyết'],
  ['chi thi lien tich', 'Chỉ thị liên tịch'],
  ['chi thi', 'Chỉ thị'],
  ['ket luan', 'Kết luận'],
  ['quy dinh', 'Quy định'],
  ['qui dinh', 'Quy định'],
  ['quyet dinh lien tich', 'Quyết định liên tịch'],
  ['quyet dinh', 'Quyết định'],
  ['quy che', 'Quy chế'],
  ['huong dan', 'Hướng dẫn'],
  ['ke hoach', 'Kế hoạch'],
  ['chuong trinh hanh dong', 'Chương trình hành động'],
  ['chuong trinh', 'Chương trình'],
  ['bao cao', 'Báo cáo'],
  ['thong bao ket luan', 'Thông báo kết luận'],
  ['thong bao', 'Thông báo'],
  ['thong tri', 'Thông tri'],
  ['thong tu lien tich', 'Thông tư liên tịch'],
  ['thong tu', 'Thông tư'],
  ['bo luat', 'Bộ luật'],
  ['luat', 'Luật'],
  ['nghi dinh', 'Nghị định'],
  ['cong van', 'Công văn'],
  ['to trinh', 'Tờ trình'],
  ['de an', 'Đề án'],
  ['phap lenh', 'Pháp lệnh'],
  ['cong dien', 'Công điện'],
  ['van ban', 'Văn bản'],
  ['phuong an', 'Phương án'],
];

const ALTERNATION = TYPE_NAMES.map(([folded]) => folded).join('|');

/** A type name, optionally "số"/"số:", right before the end of a folded slice. Group 1: the type name. */
export const TYPE_NAME_BEFORE = new RegExp(`(?<![\\p{L}])(${ALTERNATION})(?: so)?[ :]{0,3}$`, 'u');

/** A law named before its code: "Luật Lưu trữ số". Group 1: the words of its name. */
export const LAW_NAME_BEFORE = /(?<![\p{L}])(?:bo )?luat ((?:[\p{L}]+,? ){1,6}?)so[ :]{0,3}$/u;

/** "Nghị quyết số 18, 19-" : a list of numbers sharing the type and issuer of the code that ends it. */
export const NUMBER_LIST_BEFORE = new RegExp(`(?<![\\p{L}])(${ALTERNATION})(?: so)? ((?:\\d{1,5}(?:, ?| va ))+)$`, 'u');

/** A type name starting at the beginning of a folded slice (for "Chỉ thị số 12" without symbol). */
export const TYPE_NAME_AT = new RegExp(`^(?:cac )?(${ALTERNATION})(?: so)? (\\d{1,4})(?![\\p{N}])`, 'u');

/** The display spelling of a folded type name. */
export function displayTypeName(folded: string): string {
  return TYPE_NAMES.find(([f]) => f === folded)?.[1] ?? folded;
}

/** Type names as a regex alternation (folded), for other modules' patterns. */
export const TYPE_NAME_ALTERNATION = ALTERNATION;
