import { readFormat } from '../../../src/ingest/extract/meetings';
import { foldKeepingOffsets } from '../../../src/ingest/extract/text-view';
import { extract, nameOf } from './extract-helpers';

const meetingsOf = (text: string, source?: Parameters<typeof extract>[1]) => {
  const extraction = extract(text, source);
  return extraction.meetings.map((m) => ({ title: m.title, date: m.date, organizer: nameOf(extraction, m.organizerKey), format: m.format, connectedPoints: m.connectedPoints }));
};

describe('meetings — what the article reports was held', () => {
  it('dates "Chiều qua"/"Hôm qua" the day before publication and "Sáng nay" the day of it; without a publication date, not at all', () => {
    const text = 'Chiều qua, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW.';
    expect(meetingsOf(text, { publishedOn: '2025-01-01' }).map((m) => m.date)).toEqual(['2024-12-31']);
    expect(meetingsOf(text.replace('Chiều qua', 'Sáng nay'), { publishedOn: '2025-01-01' }).map((m) => m.date)).toEqual(['2025-01-01']);
    expect(meetingsOf(text, { url: 'https://baolangson.vn/x' }).map((m) => m.date)).toEqual([null]);
  });

  it('ends a title before who chairs it, but not at a comma between its verbs', () => {
    expect(meetingsOf('Ngày 24/10, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 12 dưới sự chủ trì của đồng chí Lê Văn Lương.').map((m) => m.title)).toEqual(['Kỳ họp thứ 12']);
    expect(
      meetingsOf('Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW, có 200 đại biểu dự.').map((m) => m.title),
    ).toEqual(['Hội nghị trực tuyến quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW']);
  });

  it('reads a meeting named before a dated "tổ chức" ("Phát biểu tại Hội nghị toàn quốc … tổ chức sáng 17/6"), not a bare "Hội nghị được tổ chức"', () => {
    expect(
      meetingsOf(
        'Phát biểu tại Hội nghị toàn quốc quán triệt các quy định mới của Đảng tổ chức sáng 17/6 tại Hà Nội, đồng chí Trần Cẩm Tú nhấn mạnh yêu cầu. ' +
          'Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 11.000 điểm cầu trong cả nước. Hội nghị được tổ chức sáng 17/6.',
      ),
    ).toEqual([{ title: 'Hội nghị toàn quốc quán triệt các quy định mới của Đảng', date: '2024-06-17', organizer: null, format: 'HYBRID', connectedPoints: 11000 }]);
  });

  it('does not take the venue ("tại Trung tâm Hội nghị tỉnh") for the meeting', () => {
    expect(meetingsOf('Sáng 14/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII chính thức khai mạc.').map((m) => m.title)).toEqual([
      'Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII',
    ]);
  });

  it('does not take a body named in the posts of the subject\'s leader for the organizer ("Đoàn kiểm tra … do đồng chí X, Ủy viên Trung ương Đảng, … làm Trưởng đoàn")', () => {
    expect(
      meetingsOf(
        'Ngày 20/11, Đoàn kiểm tra số 12 của Bộ Chính trị do đồng chí Trần Văn Rón, Ủy viên Trung ương Đảng, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy.',
      ).map((m) => m.organizer),
    ).toEqual([null]);
  });

  it('reads working sessions, each named by whom it was with ("có buổi làm việc với Sở …", "làm việc với …")', () => {
    expect(
      meetingsOf(
        'Chiều 14/3, đồng chí Hoàng Văn Nghiệm, Phó Chủ tịch UBND tỉnh có buổi làm việc với Sở Nông nghiệp và Môi trường về tình hình triển khai nhiệm vụ. ' +
          'Sáng 15/3, UBND tỉnh làm việc với Sở Tài chính về dự toán năm 2025.',
      ),
    ).toEqual([
      { title: 'Buổi làm việc với Sở Nông nghiệp và Môi trường', date: '2024-03-14', organizer: 'Ủy ban nhân dân tỉnh Lạng Sơn', format: null, connectedPoints: null },
      { title: 'Buổi làm việc với Sở Tài chính', date: '2024-03-15', organizer: 'Ủy ban nhân dân tỉnh Lạng Sơn', format: null, connectedPoints: null },
    ]);
  });

  it('reads date, organizer and title, and takes the title from the headline, which names it best', () => {
    const text = [
      'Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị báo cáo viên quý II',
      '',
      'Sáng 8/8, Đảng ủy Khối các cơ quan (CCQ) tỉnh tổ chức hội nghị báo cáo viên, tuyên truyền viên quý II thông tin tình hình mới.',
    ].join('\n');
    expect(meetingsOf(text, { url: 'https://baolangson.vn/x', publishedOn: '2024-08-09', title: 'Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị báo cáo viên quý II' })).toEqual([
      { title: 'Hội nghị báo cáo viên quý II', date: '2024-08-08', organizer: 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn', format: null, connectedPoints: null },
    ]);
  });

  it('reads a session named before its verb ("Kỳ họp thứ 23 … HĐND tỉnh … đã bế mạc"), not "hợp" look-alikes', () => {
    const december = { url: 'https://baolangson.vn/x', publishedOn: '2024-12-12' };
    expect(meetingsOf('Chiều 11/12, kỳ họp thứ 23 HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 đã bế mạc.', december)).toEqual([
      { title: 'Kỳ họp thứ 23 HĐND tỉnh khóa X', date: '2024-12-11', organizer: 'Hội đồng nhân dân tỉnh Lạng Sơn', format: null, connectedPoints: null },
    ]);
    // The bare noun is the meeting already reported.
    expect(meetingsOf('Sáng 10/12, HĐND tỉnh khai mạc kỳ họp thứ 23. Chiều 11/12, kỳ họp đã bế mạc.', december).map((m) => m.title)).toEqual(['Kỳ họp thứ 23']);
    expect(meetingsOf('Sáng 11/12, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20 khai mạc tại Hội trường.', december)).toEqual([
      expect.objectContaining({ title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20', date: '2024-12-11' }),
    ]);
  });

  it('dates "Chiều cùng ngày, … họp …" by the meeting before it, and gives it its own speakers', () => {
    const extraction = extract(
      'Sáng 3/10, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết. Chiều cùng ngày, UBND tỉnh họp phiên thường kỳ quý III. ' +
        'Đồng chí Nông Văn Đức, Phó Chủ tịch UBND tỉnh đề nghị các sở tăng cường kiểm soát.',
      { url: 'https://baolangson.vn/x', publishedOn: '2024-10-04' },
    );
    expect(extraction.meetings.map((m) => [m.date, nameOf(extraction, m.organizerKey)])).toEqual([
      ['2024-10-03', 'Ban Tuyên giáo Tỉnh ủy Lạng Sơn'],
      ['2024-10-03', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ]);
    expect(extraction.speeches.map((s) => s.meetingKey)).toEqual([extraction.meetings[1]!.key]);
    // Without a meeting before it, "cùng ngày" dates nothing.
    expect(meetingsOf('Năm 2024, tỉnh đạt kết quả tốt. Cùng ngày, UBND tỉnh họp phiên thường kỳ.')).toEqual([]);
  });

  it.each([
    ['a deadline', 'Huyện ủy Phú Lương chọn Đảng bộ xã Yên Ninh làm điểm tổ chức đại hội; đến ngày 30/11/2024, 100% chi bộ đã tổ chức xong đại hội.'],
    ['a task', 'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU về lãnh đạo tổ chức đại hội đảng bộ các cấp.'],
    ['a round of congresses', 'Ngày 20/9/2024, Huyện ủy Đại Từ tổ chức đại hội cấp cơ sở cho 31 đảng bộ xã.'],
    ['a span', 'Từ ngày 1/3/2024, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị tại các chi bộ.'],
  ])('reads no meeting in %s', (_what, sentence) => {
    // The lead sentence: there an undated "tổ chức hội nghị" counts too.
    expect(meetingsOf(`Thái Nguyên đẩy mạnh công tác chuẩn bị đại hội đảng bộ\n\n${sentence} Các cấp ủy tích cực chuẩn bị.`, { url: 'https://baothainguyen.vn/x', publishedOn: '2024-12-02' })).toEqual([]);
  });

  it('goes back to a meeting a sentence names by its day, after an aside about another one', () => {
    const extraction = extract(
      [
        'Sáng 14/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW.',
        'Trước đó, sáng 13/1, Bộ Chính trị tổ chức Hội nghị toàn quốc về phát triển khoa học, công nghệ.',
        'Tại hội nghị sáng 14/1, đồng chí Nguyễn Thị Hoài Thu, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.',
        'Đồng chí Phan Văn Tuấn, Giám đốc Sở Khoa học và Công nghệ trình bày báo cáo.',
      ].join(' '),
      { url: 'https://baolangson.vn/bai-viet-57.html', publisher: 'Báo Lạng Sơn', publishedOn: '2025-01-15' },
    );
    const dateOf = new Map(extraction.meetings.map((m) => [m.key, m.date]));
    expect(extraction.speeches.map((s) => [s.personKey.split('|')[0], dateOf.get(s.meetingKey)])).toEqual([
      ['name:nguyen thi hoai thu', '2025-01-14'],
      ['name:phan van tuan', '2025-01-14'],
    ]);
  });

  it('reads a meeting over several days by its first ("Từ ngày 24 đến 26/9/2024") and "đã họp, cho ý kiến"', () => {
    const source = { url: 'https://baolangson.vn/x.html', publisher: 'Báo Lạng Sơn', publishedOn: '2024-09-27' };
    expect(meetingsOf('Từ ngày 24 đến 26/9/2024, Ủy ban Kiểm tra Tỉnh ủy tổ chức Kỳ họp thứ 38.', source)).toEqual([
      { title: 'Kỳ họp thứ 38', date: '2024-09-24', organizer: 'Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn', format: null, connectedPoints: null },
    ]);
    expect(meetingsOf('Ngày 5/9/2024, Ban Thường vụ Tỉnh ủy đã họp, cho ý kiến về dự thảo báo cáo.', source).map((m) => [m.date, m.organizer])).toEqual([
      ['2024-09-05', 'Ban Thường vụ Tỉnh ủy Lạng Sơn'],
    ]);
  });

  it('still reads a meeting for grassroots officials ("hội nghị cán bộ cơ sở") as one meeting', () => {
    const text = 'Sáng 8/8, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị cán bộ cơ sở quý III.';
    expect(meetingsOf(text).map((m) => [m.title, m.date])).toEqual([['Hội nghị cán bộ cơ sở quý III', '2024-08-08']]);
  });

  it('takes the year of a yearless date from the article ("6 tháng đầu năm 2024") when publishedOn is missing', () => {
    const text = 'Sáng 8/8, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị sơ kết công tác tuyên truyền 6 tháng đầu năm 2024.';
    expect(meetingsOf(text, { url: 'https://baolangson.vn/x' })[0]?.date).toBe('2024-08-08');
  });

  it('leaves the date null rather than guessing when nothing gives the year', () => {
    const extraction = extract('Sáng 8/8, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị báo cáo viên.', { url: 'https://baolangson.vn/x' });
    expect(extraction.meetings.map((m) => m.date)).toEqual([null]);
  });

  it('reads the title from the sentence when the headline does not name the meeting', () => {
    expect(meetingsOf('Sáng 15/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt các văn bản mới của Trung ương tới 14 điểm cầu.')).toEqual([
      {
        title: 'Hội nghị trực tuyến quán triệt các văn bản mới của Trung ương',
        date: '2024-03-15',
        organizer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn',
        format: 'ONLINE',
        connectedPoints: 14,
      },
    ]);
  });

  it('reads the format from a following sentence about the meeting', () => {
    const text = 'Chiều 18/7, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết. Hội nghị được tổ chức trực tiếp tại trụ sở Tỉnh ủy.';
    expect(meetingsOf(text)[0]).toMatchObject({ format: 'IN_PERSON', connectedPoints: null });
  });

  it('reads a session ("khai mạc kỳ họp") organized by the body before the verb', () => {
    expect(meetingsOf('Sáng 6/7, HĐND tỉnh khóa X khai mạc kỳ họp thứ Bảy.')).toEqual([
      expect.objectContaining({ title: 'Kỳ họp thứ Bảy', date: '2024-07-06', organizer: 'Hội đồng nhân dân tỉnh Lạng Sơn' }),
    ]);
  });

  it('reads "<body> họp trực tuyến …" as a meeting', () => {
    expect(meetingsOf('Chiều 7/9, Ban Chỉ huy Phòng thủ dân sự tỉnh họp trực tuyến với các huyện để triển khai công điện.')).toEqual([
      { title: 'Cuộc họp trực tuyến', date: '2024-09-07', organizer: 'Ban Chỉ huy Phòng thủ dân sự tỉnh Lạng Sơn', format: 'ONLINE', connectedPoints: null },
    ]);
  });

  it.each(['Ngày 15/12, Ban Tuyên giáo Tỉnh ủy phối hợp với Ủy ban Kiểm tra Tỉnh ủy theo dõi.', 'Ngày 15/12, UBND tỉnh tổ chức ký hợp đồng với nhà thầu.'])(
    'does not take words that fold to the same letters for a meeting: "%s"',
    (text) => {
      expect(meetingsOf(`Mở đầu. ${text}`)).toEqual([]);
    },
  );

  it('makes the subject the organizer, not the body it works with ("phối hợp với Tỉnh đoàn")', () => {
    expect(meetingsOf('Ngày 12/6, Ban Tuyên giáo Tỉnh ủy phối hợp với Tỉnh đoàn tổ chức hội nghị tuyên truyền.')[0]?.organizer).toBe('Ban Tuyên giáo Tỉnh ủy Lạng Sơn');
  });

  it('does not take a count of meetings for a meeting ("đã tổ chức 109 hội nghị")', () => {
    expect(meetingsOf('Mở đầu bài. Trong 6 tháng đầu năm 2024, Đảng bộ Khối CCQ tỉnh đã tổ chức 109 hội nghị trực tuyến.')).toEqual([]);
  });
});

describe('readFormat', () => {
  it.each<[string, string | null, number | null]>([
    ['hội nghị trực tuyến tới 14 điểm cầu', 'ONLINE', 14],
    ['hội nghị trực tiếp kết hợp trực tuyến với 13 điểm cầu', 'HYBRID', 13],
    ['hội nghị trực tiếp tại hội trường', 'IN_PERSON', null],
    ['hội nghị tại hội trường', null, null],
    ['kết nối tới 1.050 điểm cầu trực tuyến', 'ONLINE', 1050],
  ])('"%s" → %s, %s points', (text, format, points) => {
    expect(readFormat([foldKeepingOffsets(text)])).toEqual({ format, connectedPoints: points });
  });
});
