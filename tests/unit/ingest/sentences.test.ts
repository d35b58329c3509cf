import { sentenceAt, splitSentences } from '../../../src/ingest/extract/sentences';

describe('splitSentences — every quote is a sentence of the text', () => {
  it('splits at a full stop followed by a capital, keeping closing quotes and dots with the sentence', () => {
    const text = 'Tiếp đó, lãnh đạo thông tin quán triệt Nghị quyết về đổi mới”. Cụ thể, nhấn mạnh các nhiệm vụ…';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Tiếp đó, lãnh đạo thông tin quán triệt Nghị quyết về đổi mới”.',
      'Cụ thể, nhấn mạnh các nhiệm vụ…',
    ]);
  });

  it('keeps a run of dots ("tỉnh.... Đảm bảo") at the end of its sentence', () => {
    expect(splitSentences('kỷ niệm 70 năm Ngày thành lập Đảng bộ Khối CCQ tỉnh.... Đảm bảo 100% cấp ủy').map((s) => s.text)).toEqual([
      'kỷ niệm 70 năm Ngày thành lập Đảng bộ Khối CCQ tỉnh....',
      'Đảm bảo 100% cấp ủy',
    ]);
  });

  it('always ends a sentence at a line break, and drops a leading bullet or list number', () => {
    const text = '- Sáng 8/8, Đảng ủy tổ chức hội nghị.\n1. Nâng cao nhận thức của cán bộ.\nII. TỔ CHỨC THỰC HIỆN';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Sáng 8/8, Đảng ủy tổ chức hội nghị.', 'Nâng cao nhận thức của cán bộ.', 'TỔ CHỨC THỰC HIỆN']);
  });

  it('does not split after an abbreviation ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn Văn A")', () => {
    expect(splitSentences('Hội nghị tại TP. Hồ Chí Minh có PGS.TS. Nguyễn Văn A dự.')).toHaveLength(1);
  });

  it('marks the headline (the first line, equal to the title) and captions (short lines without final punctuation)', () => {
    const text = 'Hội nghị báo cáo viên quý II\n\nSáng 8/8, Đảng ủy tổ chức hội nghị.\n\nCác đại biểu tham dự hội nghị\n\nĐăng Thùy';
    expect(splitSentences(text, { title: 'Hội nghị báo cáo viên quý II' }).map((s) => [s.role, s.text])).toEqual([
      ['HEADLINE', 'Hội nghị báo cáo viên quý II'],
      ['BODY', 'Sáng 8/8, Đảng ủy tổ chức hội nghị.'],
      ['CAPTION', 'Các đại biểu tham dự hội nghị'],
      ['CAPTION', 'Đăng Thùy'],
    ]);
  });

  it('takes a first line that reads as a headline for one even when the given title differs (a CMS title)', () => {
    const text = 'Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị báo cáo viên quý II và sơ kết công tác tuyên truyền 6 tháng đầu năm 2024\n\nSáng 8/8, Đảng ủy tổ chức hội nghị.';
    expect(splitSentences(text, { title: 'Tiêu đề khác' }).map((s) => s.role)).toEqual(['HEADLINE', 'BODY']);
    // A first line with its final stop is the body's first sentence.
    expect(splitSentences('Sáng 8/8, Đảng ủy tổ chức hội nghị.\nCâu hai.', { title: 'Tiêu đề khác' })[0]!.role).toBe('BODY');
  });

  it('gives offsets such that text.slice(start, end) is the sentence', () => {
    const text = '  Câu một. Câu hai!\nCâu ba?';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('finds the sentence around an offset', () => {
    const sentences = splitSentences('Câu một. Câu hai.');
    expect(sentenceAt(sentences, 12)?.text).toBe('Câu hai.');
    expect(sentenceAt(sentences, 8)).toBeUndefined();
  });
});
