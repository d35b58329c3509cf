import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../../src/ingest/extract';

/**
 * Articles may be 1 MB of hostile text: extraction must stay linear-ish (no regex backtracking, no pairwise loops).
 * The bound is generous for slow CI machines; a quadratic step takes minutes on these inputs.
 */
const MB = 1024 * 1024;
const seed = readFileSync(path.resolve(__dirname, '..', '..', '..', 'seeds', '000_3e6ce7b8d4bfa31e.txt'), 'utf8');
/** `unit` repeated to 1 MB of UTF-8, as one line unless it has line breaks. */
const megabyte = (unit: string) => unit.repeat(Math.ceil(MB / Buffer.byteLength(unit)));

describe('extractArticle on 1 MB inputs', () => {
  it.each<[string, string]>([
    ['the seed article repeated', `${seed}\n`],
    ['one sentence listing codes', 'Nghị quyết số 1-NQ/TW, '],
    ['dated codes with issuers and subjects', 'Chỉ thị số 3-CT/TW ngày 5/2/2024 của Ban Bí thư về công tác, '],
    ['codes nested in subjects', 'Kết luận số 1-KL/TW về tiếp tục thực hiện '],
    ['separators without letters', '1-1/1 - '],
    ['speakers with posts', 'đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, '],
    ['speakers by role', 'lãnh đạo Sở Nội vụ phát biểu về Chỉ thị số 30-CT/TW; '],
    ['figures', 'gần 1.250 cuộc cho trên 41.000 lượt cán bộ, đảng viên, '],
    ['meetings', 'Sáng 8/8, UBND tỉnh tổ chức hội nghị. '],
    ['bodies back to back', 'UBND tỉnh Tỉnh ủy Ban Thường vụ Huyện ủy Nghi Lộc Đảng ủy xã Thanh Thịnh '],
    ['bodies of other provinces in one sentence', 'UBND tỉnh Hà Tĩnh, Bí thư Tỉnh ủy, UBND Đồng Tháp, UBND tỉnh '],
    ['sentences opening in other provinces', 'Ở Hà Tĩnh, UBND tỉnh ban hành Kế hoạch số 1-KH/UBND. Tại tỉnh Cà Mau, Tỉnh ủy họp. '],
    ['plans listed after their bases', 'Kế hoạch số 1-KH/TU thực hiện Chỉ thị số 2-CT/TW và Kế hoạch số 3-KH/TU, '],
    ['open quotes and subjects', '“về Chỉ thị số 1-CT/TW “về '],
    ['one long word', 'a'],
    ['digits and dots', '1.1.1.1.1,1,1,1 '],
  ])('reads %s in reasonable time', (_, unit) => {
    const started = Date.now();
    const extraction = extractArticle({ text: megabyte(unit), url: 'https://baolangson.vn/x', publishedOn: '2024-08-09' });
    expect(extraction.text.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
