import { articleYear, findDates, findPeriods, isoDate, resolveDate } from '../../../src/ingest/extract/dates';
import { foldKeepingOffsets } from '../../../src/ingest/extract/text-view';

const datesIn = (text: string, years: { year: number | null; publishedOn: string | null } = { year: 2024, publishedOn: null }) =>
  findDates(foldKeepingOffsets(text)).map((d) => ({ written: text.slice(d.start, d.end), iso: resolveDate(d, years) }));

describe('findDates — every way a date is written', () => {
  it.each<[string, string, string]>([
    ['ngày 5/2/2024', '5/2/2024', '2024-02-05'],
    ['ngày 9-6-2021', '9-6-2021', '2021-06-09'],
    ['ngày 18/01/2025', '18/01/2025', '2025-01-18'],
    ['ngày 15 tháng 3 năm 2022', '15 tháng 3 năm 2022', '2022-03-15'],
    ['ngày 3 tháng 9 năm 2022', '3 tháng 9 năm 2022', '2022-09-03'],
    ['ngày 05.02.2024', '05.02.2024', '2024-02-05'],
    ['ngày 02-6-2021', '02-6-2021', '2021-06-02'],
  ])('"%s" → %s = %s', (text, written, iso) => {
    expect(datesIn(text)).toEqual([{ written, iso }]);
  });

  it('reads both ends of a range "(27/9/1954-27/9/2024)"', () => {
    expect(datesIn('(27/9/1954-27/9/2024)').map((d) => d.iso)).toEqual(['1954-09-27', '2024-09-27']);
  });

  it('reads a date without year ("Sáng 8/8") in the article year', () => {
    expect(datesIn('Sáng 8/8, Đảng ủy Khối tổ chức hội nghị')).toEqual([{ written: '8/8', iso: '2024-08-08' }]);
  });

  it('reads "Sáng 22-3" (dash, no year) after a time of day, but not "5-7 người"', () => {
    expect(datesIn('Sáng 22-3, UBND tỉnh họp').map((d) => d.iso)).toEqual(['2024-03-22']);
    expect(datesIn('có 5-7 người')).toEqual([]);
  });

  it('leaves the date of a yearless mention null when neither publishedOn nor the text gives a year', () => {
    expect(datesIn('Sáng 8/8', { year: null, publishedOn: null })).toEqual([{ written: '8/8', iso: null }]);
  });

  it.each(['1.250 cuộc', '35/35 xã', '30/CT-TW', '2021 - 2030', '12/2020/NĐ-CP', 'ngày 31/2/2024'])('finds no date in "%s"', (text) => {
    expect(datesIn(text)).toEqual([]);
  });
});

describe('resolveDate — the year of a date written without one', () => {
  it('takes the year of publication', () => {
    expect(resolveDate({ day: 8, month: 8, year: null }, { year: null, publishedOn: '2024-08-09' })).toBe('2024-08-08');
  });

  it('takes the year before when the day would fall more than a month after publication ("28/12" read on 3 January)', () => {
    expect(resolveDate({ day: 28, month: 12, year: null }, { year: 2025, publishedOn: '2025-01-03' })).toBe('2024-12-28');
  });

  it('falls back on the article year read from the text', () => {
    expect(resolveDate({ day: 8, month: 8, year: null }, { year: 2024, publishedOn: null })).toBe('2024-08-08');
  });

  it('keeps a written year', () => {
    expect(resolveDate({ day: 4, month: 5, year: 2024 }, { year: 2030, publishedOn: '2030-01-01' })).toBe('2024-05-04');
  });
});

describe('articleYear — the year of an article without publishedOn', () => {
  const year = (title: string, text: string) => articleYear({ publishedOn: null, lowerTitle: foldKeepingOffsets(title), lowerText: foldKeepingOffsets(text) });

  it('prefers publishedOn', () => {
    expect(articleYear({ publishedOn: '2023-03-16', lowerTitle: 'nam 2030', lowerText: '' })).toBe(2023);
  });

  it('reads "6 tháng đầu năm 2024" in the headline', () => {
    expect(year('Sơ kết công tác tuyên truyền 6 tháng đầu năm 2024', 'Sáng 8/8, …')).toBe(2024);
  });

  it('ignores deadlines and plans ("hoàn thành trước ngày 31/3/2025", "dự kiến tổ chức trong tháng 8 năm 2025")', () => {
    expect(year('', 'Sáng 20-9, Huyện ủy tổ chức hội nghị. Năm 2024, huyện đạt kết quả; đại hội chi bộ hoàn thành trước ngày 31/3/2025.')).toBe(2024);
    expect(year('', 'Năm 2024, huyện đạt kết quả. Đại hội huyện dự kiến tổ chức trong tháng 8 năm 2025; chậm nhất ngày 30/6/2025 nộp báo cáo.')).toBe(2024);
    expect(year('', 'Ngày 2/5/2025, Tỉnh ủy họp; các xã đến ngày 31/12/2025 hoàn thành.')).toBe(2025);
    // The plan may follow the year in its clause: "Năm 2025, Tỉnh Đoàn phấn đấu …".
    expect(year('Tổng kết chiến dịch hè năm 2024', 'Sáng 24/8, Tỉnh Đoàn tổ chức lễ tổng kết. Năm 2025, Tỉnh Đoàn phấn đấu thực hiện 20 công trình.')).toBe(2024);
    // Nor does what a speaker requests, in the rest of the sentence.
    expect(year('', 'Sáng 18/12, hội nghị sơ kết năm 2024. Đồng chí Lê Văn Hiệu đề nghị trong năm 2025 tiếp tục nâng cao chất lượng mô hình.')).toBe(2024);
    expect(year('', 'Năm 2024, huyện đạt kết quả. Bà Hà đề nghị các đoàn thể xây dựng kế hoạch; đồng thời đưa nội dung vào giám sát năm 2025.')).toBe(2024);
    // Nor does the title of a document it cites.
    expect(year('', 'Chiều 11/12, kỳ họp thường lệ cuối năm 2024 bế mạc. Kỳ họp thông qua Nghị quyết số 128/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2025.')).toBe(2024);
    // Alone, it may be this year's target: the best guess there is.
    expect(year('', 'Sáng 3/7, HĐND thành phố họp. Năm 2024, thành phố phấn đấu giảm thêm 10% đơn vị.')).toBe(2024);
    // "sẽ" marks a plan; "chia sẻ" does not.
    expect(year('', 'Các đại biểu chia sẻ kinh nghiệm năm 2024.')).toBe(2024);
  });

  it('is at least the year of the latest document cited, when something else tells a year; alone they tell none', () => {
    const cites = 'Thực hiện Kế hoạch số 258-KH/TU ngày 2/8/2024 của Ban Thường vụ Tỉnh ủy, ngày 15/8, Huyện ủy ban hành Kế hoạch số 12-KH/HU.';
    expect(year('', `${cites} Thu nhập bình quân năm 2023 đạt 68,5 triệu đồng.`)).toBe(2024);
    expect(year('', cites)).toBeNull();
  });

  it('ignores horizons and spans ("đến năm 2030", "giai đoạn 2021-2025")', () => {
    expect(year('', 'Năm 2022, tỉnh đạt kết quả; mục tiêu đến năm 2030, giai đoạn 2021-2025.')).toBe(2022);
  });

  it('is null when nothing tells', () => {
    expect(year('Hội nghị', 'Sáng 8/8, hội nghị diễn ra.')).toBeNull();
  });

  it('counts an anniversary from its document\'s date ("sơ kết 2 năm thực hiện Nghị quyết … ngày 16/3/2022" is in 2024)', () => {
    expect(year('', 'Sáng 05/02, Ban Thường vụ Tỉnh ủy sơ kết 1 năm thực hiện Chỉ thị số 30 - CT/TW ngày 05 tháng 02 năm 2024 của Ban Bí thư.')).toBe(2025);
    const meeting = 'Chiều 18/3, Đảng ủy Công an tỉnh tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị.';
    expect(year('', `${meeting} Năm 2023, tội phạm giảm 6,2% so với năm 2022.`)).toBe(2024);
    expect(year('Tổng kết 10 năm thực hiện Chỉ thị 05', 'Sáng 9/5, Tỉnh ủy tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.')).toBe(2026);
    // Held a little before the anniversary, it is in the year before.
    expect(year('', 'Sáng 18/12, Ủy ban MTTQ tỉnh sơ kết 3 năm thực hiện Chương trình số 05-CTr/MTTQ ngày 15/3/2022 về nông thôn mới.')).toBe(2024);
    // Without the document's date, or past the sentence, it tells nothing.
    expect(year('', 'Sáng 05/02, Tỉnh ủy sơ kết 1 năm thực hiện Chỉ thị số 30-CT/TW của Ban Bí thư.')).toBeNull();
    expect(year('', 'Sáng 05/02, Tỉnh ủy sơ kết 1 năm thực hiện chỉ thị. Kế hoạch số 245-KH/TU ngày 10/1/2024 đã được ban hành.')).toBeNull();
    // Nor does one planned ahead.
    expect(year('', 'Năm 2023, tỉnh đạt kết quả; dự kiến tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 vào năm sau.')).toBe(2023);
  });

  it.each([
    'Sáng 12/4, hội nghị quán triệt Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư.',
    'Sáng 5/6, hội nghị triển khai Nghị quyết số 12/2024/NQ-HĐND, ngày 3/4/2024 của HĐND tỉnh.',
    'Sáng 20/1, hội nghị về Kế hoạch số 245-KH/TU ban hành ngày 10/1/2025.',
  ])('does not take a document\'s own date for the article\'s: %s', (text) => {
    expect(year('', text)).toBeNull();
  });

  it('still reads the year of a dated event next to a document\'s date', () => {
    expect(year('', 'Ngày 10/1/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 245-KH/TU thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024.')).toBe(2025);
    expect(year('', 'Năm 2024, tỉnh tổ chức 320 buổi quán triệt Chỉ thị số 30-CT/TW ngày 5/2/2024.')).toBe(2024);
  });
});

describe('findPeriods — the period a figure covers', () => {
  const periods = (text: string, year: number | null = 2024) => {
    const lower = foldKeepingOffsets(text);
    return findPeriods(lower, 0, lower.length, year).map(({ label, periodStart, periodEnd }) => ({ label, periodStart, periodEnd }));
  };

  it.each<[string, string, string, string]>([
    ['trong 6 tháng đầu năm 2024', '6 tháng đầu năm 2024', '2024-01-01', '2024-06-30'],
    ['6 tháng cuối năm 2024', '6 tháng cuối năm 2024', '2024-07-01', '2024-12-31'],
    ['9 tháng đầu năm 2023', '9 tháng đầu năm 2023', '2023-01-01', '2023-09-30'],
    ['quý II/2024', 'quý II năm 2024', '2024-04-01', '2024-06-30'],
    ['quý 3 năm 2022', 'quý III năm 2022', '2022-07-01', '2022-09-30'],
    ['Năm 2022, toàn tỉnh', 'năm 2022', '2022-01-01', '2022-12-31'],
    ['giai đoạn 2021 - 2025', 'giai đoạn 2021-2025', '2021-01-01', '2025-12-31'],
    ['tháng 7/2024', 'tháng 7/2024', '2024-07-01', '2024-07-31'],
    ['6 tháng đầu năm', '6 tháng đầu năm 2024', '2024-01-01', '2024-06-30'],
    ['trong năm mỗi tuyên truyền viên', 'năm 2024', '2024-01-01', '2024-12-31'],
    ['Sáu tháng đầu năm 2023', '6 tháng đầu năm 2023', '2023-01-01', '2023-06-30'],
    ['ba tháng cuối năm', '3 tháng cuối năm 2024', '2024-10-01', '2024-12-31'],
    ['Chín tháng năm 2022', '9 tháng năm 2022', '2022-01-01', '2022-09-30'],
    ['mười một tháng đầu năm 2024', '11 tháng đầu năm 2024', '2024-01-01', '2024-11-30'],
    ['mười tháng đầu năm 2024', '10 tháng đầu năm 2024', '2024-01-01', '2024-10-31'],
    ['Trong tháng 8, tỉnh', 'tháng 8/2024', '2024-08-01', '2024-08-31'],
    ['trong quý III, tỉnh', 'quý III năm 2024', '2024-07-01', '2024-09-30'],
    ['9 tháng, toàn tỉnh', '9 tháng đầu năm 2024', '2024-01-01', '2024-09-30'],
    ['Năm học 2024 - 2025, ngành', 'năm học 2024-2025', '2024-09-01', '2025-08-31'],
    ['Nhiệm kỳ 2020 - 2025, tăng trưởng', 'nhiệm kỳ 2020-2025', '2020-01-01', '2025-12-31'],
  ])('"%s" → %s', (text, label, periodStart, periodEnd) => {
    expect(periods(text)).toEqual([{ label, periodStart, periodEnd }]);
  });

  it('does not take a horizon or an ordinal quarter for a period ("đến năm 2030", "viên quý II")', () => {
    expect(periods('đến năm 2030, tầm nhìn đến năm 2045; tuyên truyền viên quý II')).toEqual([]);
  });

  it('does not take a date\'s month, a span after some months, or a school year that is not one for a period', () => {
    expect(periods('ngày 5 tháng 8; sau 9 tháng, năm học 2024 - 2026')).toEqual([]);
  });

  it('leaves a yearless period out when the year is unknown', () => {
    expect(periods('6 tháng đầu năm', null)).toEqual([]);
  });
});

describe('isoDate', () => {
  it('rejects days that do not exist', () => {
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
  });
});
