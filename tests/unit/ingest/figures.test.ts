import { extract, nameOf } from './extract-helpers';

const figuresOf = (text: string) =>
  extract(text).figures.map(({ value, unit, qualifier, isTarget, period }) => ({ value, unit, qualifier, isTarget, period }));

describe('figures — Vietnamese numbers with unit, qualifier, period and target', () => {
  it('reads thousands separators, units and lists of nouns ("14.600 lượt cán bộ, đảng viên")', () => {
    expect(figuresOf('Trong 6 tháng đầu năm 2024, Đảng bộ đã tổ chức 109 hội nghị trực tuyến; 47 hội nghị trực tiếp đến 14.600 lượt cán bộ, đảng viên.')).toEqual([
      { value: 109, unit: 'hội nghị', qualifier: 'EXACT', isTarget: false, period: '6 tháng đầu năm 2024' },
      { value: 47, unit: 'hội nghị', qualifier: 'EXACT', isTarget: false, period: '6 tháng đầu năm 2024' },
      { value: 14600, unit: 'lượt cán bộ, đảng viên', qualifier: 'EXACT', isTarget: false, period: '6 tháng đầu năm 2024' },
    ]);
  });

  it.each<[string, string]>([
    ['gần 1.250 cuộc', 'APPROXIMATE'],
    ['khoảng 3.500 hộ', 'APPROXIMATE'],
    ['trên 41.000 lượt người', 'MORE_THAN'],
    ['hơn 500 đại biểu', 'MORE_THAN'],
    ['ít nhất 4 hoạt động', 'AT_LEAST'],
    ['tối đa 20 người', 'AT_MOST'],
    ['dưới 5 hộ', 'LESS_THAN'],
    ['đúng 12 xã', 'EXACT'],
  ])('"%s" is %s', (text, qualifier) => {
    expect(figuresOf(`Năm 2024 có ${text}.`).map((f) => f.qualifier)).toEqual([qualifier]);
  });

  it.each<[string, number, string]>([
    ['trên 1,5 triệu văn bản điện tử', 1_500_000, 'văn bản điện tử'],
    ['25,6 tỷ đồng', 25_600_000_000, 'đồng'],
    ['48,5 triệu đồng/năm', 48_500_000, 'đồng/năm'],
    ['96,8%', 96.8, '%'],
    ['35/35 xã, thị trấn', 35, 'xã, thị trấn'],
    ['01 chuyên đề', 1, 'chuyên đề'],
    ['3 nghìn lượt người', 3000, 'lượt người'],
    ['hơn 1.000 hộ dân phải sơ tán', 1000, 'hộ dân'],
    ['hơn 3.000 đoàn viên, thanh niên tham dự', 3000, 'đoàn viên, thanh niên'],
    ['vốn đăng ký 245.000 tỷ đồng', 245_000_000_000_000, 'đồng'],
    ['3 ngàn hội viên', 3000, 'hội viên'],
    ['3 ngân hàng', 3, 'ngân hàng'],
  ])('"%s" = %d %s', (text, value, unit) => {
    expect(figuresOf(`Kết quả: ${text}.`).map((f) => [f.value, f.unit])).toEqual([[value, unit]]);
  });

  it('does not take a compared year ("so với năm 2023") or a period past ";" for the figure\'s period', () => {
    expect(figuresOf('Theo báo cáo, tỷ lệ hồ sơ đạt 62,4%, tăng 15,3% so với năm 2023.').map((f) => f.period)).toEqual([null, null]);
    expect(figuresOf('Diện tích vùng sản xuất của tỉnh đạt 92.500 ha; giá trị thu hoạch năm 2023 đạt 85 triệu đồng.').map((f) => [f.value, f.period])).toEqual([
      [92_500, null],
      [85_000_000, 'năm 2023'],
    ]);
  });

  it('reads "từ 15% trở lên" as at least, and a target cue only in the figure\'s clause', () => {
    expect(figuresOf('Năm 2024 có 12 xã đạt tỷ lệ từ 15% trở lên.').map((f) => [f.value, f.qualifier])).toEqual([
      [12, 'EXACT'],
      [15, 'AT_LEAST'],
    ]);
    // "đạt 96% mục tiêu" is what was reached; the cue before the ";" does not make the next figure a target.
    expect(figuresOf('Năm 2023, diện tích đạt 96% mục tiêu; giá trị thu hoạch đạt 85 triệu đồng.').map((f) => [f.value, f.isTarget])).toEqual([
      [96, false],
      [85_000_000, false],
    ]);
    expect(figuresOf('Năm 2024, tỉnh phấn đấu có 90% xã đạt chuẩn.').map((f) => f.isTarget)).toEqual([true]);
  });

  it('gives a figure without a subject to the body whose document the lead reports, when no meeting is', () => {
    const extraction = extract(
      'Ngày 05/3/2025, UBND tỉnh ban hành Quyết định số 456/QĐ-UBND phê duyệt Phương án phòng, chống hạn hán. Tổng kinh phí thực hiện là 186,4 tỷ đồng.',
      { url: 'https://baolangson.vn/x', publishedOn: '2025-03-06' },
    );
    expect(extraction.figures.map((f) => [f.value, nameOf(extraction, f.organizationKey)])).toEqual([[186_400_000_000, 'Ủy ban nhân dân tỉnh Lạng Sơn']]);
  });

  it("gives a figure without a subject to the current meeting's organizer, not to the article's first body", () => {
    const extraction = extract(
      'Sáng 8/8, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị. Chiều 9/8, Huyện ủy Cao Lộc tổ chức hội nghị sơ kết. Năm 2024, đã tuyên truyền tại 12 xã.',
    );
    expect(extraction.figures.map((f) => [f.value, nameOf(extraction, f.organizationKey)])).toEqual([[12, 'Ban Chấp hành Đảng bộ huyện Cao Lộc, tỉnh Lạng Sơn']]);
  });

  it('gives the figures of a clause that brings in another speaker to that speaker\'s body, not the one before ";"', () => {
    const extraction = extract(
      'Chiều 18/3, Đảng ủy Công an tỉnh tổ chức hội nghị sơ kết. Tham luận tại hội nghị, Thượng tá Trịnh Xuân Long, Trưởng Công an huyện Cao Lộc, cho biết đã tuần tra 120 lượt; ' +
        'Trung tá Phạm Thị Thu, Phó Trưởng phòng Cảnh sát hình sự, nêu kết quả năm 2023 đã khởi tố 48 vụ; lực lượng còn bắt 30 đối tượng.',
    );
    expect(extraction.figures.map((f) => [f.value, nameOf(extraction, f.organizationKey)])).toEqual([
      [120, 'Công an huyện Cao Lộc, tỉnh Lạng Sơn'],
      [48, 'Đảng ủy Công an tỉnh Lạng Sơn'],
      [30, 'Đảng ủy Công an tỉnh Lạng Sơn'],
    ]);
    const awards = extract('Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen cho 12 tập thể; Giám đốc Công an tỉnh tặng Giấy khen cho 40 tập thể.');
    expect(awards.figures.map((f) => [f.value, nameOf(awards, f.organizationKey)])).toEqual([
      [12, 'Bộ Công an'],
      [40, 'Công an tỉnh Lạng Sơn'],
    ]);
  });

  it('says a figure is a change against a reference ("tăng 12% so với cùng kỳ"), not a level; "tặng" is no change', () => {
    const extraction = extract('Năm 2024, thu ngân sách tăng 12% so với cùng kỳ, đạt kế hoạch; tội phạm giảm 6,2% so với năm 2022. Tặng 100 suất quà so với kế hoạch.');
    expect(extraction.figures.map((f) => [f.value, f.description])).toEqual([
      [12, 'tăng so với cùng kỳ'],
      [6.2, 'giảm so với năm 2022'],
      [100, 'suất quà'],
    ]);
  });

  it('reads small numbers written in words before a counted noun, not names, years or durations', () => {
    expect(
      figuresOf('Năm 2024, Ban Chỉ đạo tổ chức ba đợt tập huấn. Năm tổ công tác liên ngành được thành lập. Trong hai năm qua, bà Ba và anh Năm dự bảy hội nghị.').map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [3, 'đợt'],
      [5, 'tổ công tác'],
      [7, 'hội nghị'],
    ]);
  });

  it('reads a range as its two bounds, the lower one in the upper one\'s unit and scale', () => {
    expect(figuresOf('Năm 2024, mỗi năm cần từ 10 đến 15 tỷ đồng; tăng trưởng đạt 9 - 10%; xâm nhập sâu 55 - 60 km.').map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [10_000_000_000, 'đồng', 'AT_LEAST'],
      [15_000_000_000, 'đồng', 'AT_MOST'],
      [9, '%', 'AT_LEAST'],
      [10, '%', 'AT_MOST'],
      [55, 'km', 'AT_LEAST'],
      [60, 'km', 'AT_MOST'],
    ]);
  });

  it('names money by the words before its amount, so a breakdown keeps each part\'s name', () => {
    expect(
      extract('Năm 2025, tổng kinh phí thực hiện là 186,4 tỷ đồng, trong đó ngân sách tỉnh 120 tỷ đồng, ngân sách Trung ương hỗ trợ 50 tỷ đồng, còn lại huy động xã hội hóa.').figures.map(
        (f) => [f.value, f.description],
      ),
    ).toEqual([
      [186_400_000_000, 'tổng kinh phí thực hiện'],
      [120_000_000_000, 'ngân sách tỉnh'],
      [50_000_000_000, 'ngân sách Trung ương hỗ trợ'],
    ]);
  });

  it('counts the units of public works, the forces and the steering of the apparatus', () => {
    expect(
      figuresOf('Năm 2024, đã trồng 21.000 cây xanh, lắp 96 cột đèn, lập 12 chốt, giảm 2 đầu mối và 46 biên chế, huấn luyện 3.450 dân quân, tổ chức 27 điểm hiến máu.').map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [21000, 'cây xanh'],
      [96, 'cột đèn'],
      [12, 'chốt'],
      [2, 'đầu mối'],
      [46, 'biên chế'],
      [3450, 'dân quân'],
      [27, 'điểm hiến máu'],
    ]);
  });

  it('tells units that fold alike apart: cases, households and files; "khởi tố 48 vụ" is a count, "tổ 5" is not', () => {
    expect(
      figuresOf('Năm 2024, đã khai trừ 41 trường hợp, khởi tố 48 vụ án; tổ 5 có 20 hộ; tăng 1.120 hộ so với năm 2023 và tiếp nhận 300 hồ sơ.').map((f) => [f.value, f.unit]),
    ).toEqual([
      [41, 'trường hợp'],
      [48, 'vụ án'],
      [20, 'hộ'],
      [1120, 'hộ'],
      [300, 'hồ sơ'],
    ]);
  });

  it('gives the lead\'s document issuer the figures, not the organizer of a meeting told later ("Trước đó, … đã tổ chức hội nghị …")', () => {
    const text = [
      'Ngày 12/8/2025, UBND tỉnh ban hành Kế hoạch số 215/KH-UBND triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
      '',
      'Kế hoạch đặt mục tiêu đến năm 2030, kinh tế số đạt tối thiểu 30% GRDP.',
      '',
      'Trước đó, ngày 28/7/2025, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW.',
    ].join('\n');
    const extraction = extract(text);
    expect(extraction.figures.map((f) => [f.value, nameOf(extraction, f.organizationKey)])).toEqual([[30, 'Ủy ban nhân dân tỉnh Lạng Sơn']]);
  });

  it('makes every item of a pledged list a target ("phấn đấu …, dư nợ đạt …; 100% tổ …; tỷ lệ … dưới 0,1%"), not an item reporting what was done', () => {
    expect(
      figuresOf('Hai bên thống nhất phấn đấu đến năm 2030, dư nợ ủy thác đạt trên 6.000 tỷ đồng; 100% tổ tiết kiệm được xếp loại tốt; tỷ lệ nợ quá hạn dưới 0,1%.').map((f) => [
        f.value,
        f.isTarget,
      ]),
    ).toEqual([
      [6000000000000, true],
      [100, true],
      [0.1, true],
    ]);
    expect(figuresOf('Tỉnh phấn đấu giảm nghèo; năm 2024 đã có 1.200 hộ thoát nghèo.').map((f) => [f.value, f.isTarget])).toEqual([[1200, false]]);
    expect(figuresOf('Mục tiêu đến năm 2030, GRDP bình quân đầu người đạt 5.000 USD; tỷ lệ đô thị hóa đạt 40%.').map((f) => [f.value, f.isTarget])).toEqual([
      [5000, true],
      [40, true],
    ]);
  });

  it('reads the units of schools, savings groups, hospitals and courts, and tells "tổ" from "tờ"', () => {
    expect(
      figuresOf('Năm 2024, trường có hơn 1.200 giảng viên, 1.936 tổ tiết kiệm, 32 giường bệnh và 12 kg hàng tang vật; học sinh nhận 6 tờ lịch.').map((f) => [f.value, f.unit]),
    ).toEqual([
      [1200, 'giảng viên'],
      [1936, 'tổ'],
      [32, 'giường bệnh'],
      [12, 'kg'],
    ]);
    expect(figuresOf('Quốc hội thông qua 49 luật; tỉnh có 2 đặc khu, ước đạt 742.000 tấn.').map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [49, 'luật', 'EXACT'],
      [2, 'đặc khu', 'EXACT'],
      [742000, 'tấn', 'APPROXIMATE'],
    ]);
  });

  it('does not date a figure, or the sentences after it, by a cited document\'s title, nor a speaker\'s paragraph by the one before', () => {
    const cited = 'Tỉnh ủy còn 9 nghị quyết đang có hiệu lực, trong đó có Nghị quyết số 08-NQ/TU về phát triển nông nghiệp giai đoạn 2021 - 2025. Hội nghị thống nhất giữ nguyên 11 văn bản.';
    expect(figuresOf(cited).map((f) => [f.value, f.period])).toEqual([
      [9, null],
      [11, null],
    ]);
    const text = ['Sáng 20/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.', '', 'Trong 4 tháng đầu năm 2024, tỉnh thu hút 1,75 tỷ USD vốn đầu tư.', '', 'Tại hội nghị, đồng chí Nguyễn Văn Lộc, Bí thư Huyện ủy Lộc Bình cho biết, huyện đã di dời 312 hộ dân.'].join('\n');
    expect(figuresOf(text).map((f) => [f.value, f.period])).toEqual([
      [1750000000, '4 tháng đầu năm 2024'],
      [312, null],
    ]);
  });

  it('reads a period whose month count is written in words ("Sáu tháng đầu năm 2024"), and not that count as a figure', () => {
    expect(figuresOf('Sáu tháng đầu năm 2024, Đảng bộ tỉnh kết nạp 1.250 đảng viên mới.')).toEqual([
      { value: 1250, unit: 'đảng viên', qualifier: 'EXACT', isTarget: false, period: '6 tháng đầu năm 2024' },
    ]);
  });

  it('reads "9 tháng năm 2024" as the first nine months, and prefers a period written after the figure in its clause to one carried along', () => {
    expect(extract('Trong 9 tháng năm 2024, Ủy ban Kiểm tra đã kỷ luật 10 đảng viên.').figures.map((f) => [f.period, f.periodStart, f.periodEnd])).toEqual([
      ['9 tháng năm 2024', '2024-01-01', '2024-09-30'],
    ]);
    expect(figuresOf('Năm 2024, tỉnh có 120 xã. Mục tiêu tăng trưởng 10%/năm giai đoạn 2025 - 2030.').map((f) => [f.value, f.period])).toEqual([
      [120, 'năm 2024'],
      [10, 'giai đoạn 2025-2030'],
    ]);
  });

  it('counts comrades as people, not as money ("43 đồng chí" is not 43 đồng)', () => {
    expect(figuresOf('Năm 2024, Đảng bộ kết nạp 43 đồng chí và chi 85 triệu đồng cho công tác tuyên truyền.').map((f) => [f.value, f.unit])).toEqual([
      [43, 'đồng chí'],
      [85_000_000, 'đồng'],
    ]);
  });

  it('marks targets: "ít nhất", "phấn đấu", "đảm bảo"', () => {
    expect(figuresOf('Đảm bảo 100% cấp ủy duy trì đội ngũ; mỗi tuyên truyền viên thực hiện ít nhất 4 hoạt động.').map((f) => [f.value, f.isTarget])).toEqual([
      [100, true],
      [4, true],
    ]);
    expect(figuresOf('Sở Nội vụ đã hướng dẫn 100% cơ quan.').map((f) => f.isTarget)).toEqual([false]);
  });

  it.each([
    'Sáng 8/8, hội nghị diễn ra.',
    'Chỉ thị số 30-CT/TW ngày 5/2/2024.',
    'Giai đoạn 2021 - 2025, đến năm 2030.',
    'Kỷ niệm 70 năm Ngày thành lập (27/9/1954-27/9/2024).',
    'Hội nghị báo cáo viên quý II, lần thứ 5, kỳ họp thứ 7.',
    'Nghị quyết Hội nghị Trung ương 8, khóa XIII; Chỉ thị số 12 của Tỉnh ủy.',
    'Sơ kết 5 năm, 6 tháng đầu năm 2024.',
    'Hội nghị kết nối tới 114 điểm cầu.',
    'Công nghệ 5G phủ sóng.',
  ])('finds no figure in "%s"', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('does not carry a period into a sentence that names another year (a meeting of 2025, a 2030 horizon)', () => {
    const text =
      'Năm 2024, tỉnh đã có 87,5% hồ sơ được xử lý trên môi trường mạng. Sáng 14/1/2025, hội nghị có 9.850 đảng viên tham dự. ' +
      'Tỉnh phấn đấu đến năm 2030 có 100% hồ sơ được xử lý trực tuyến.';
    expect(extract(text).figures.map((f) => [f.value, f.period])).toEqual([
      [87.5, 'năm 2024'],
      [9850, null],
      [100, 'đến năm 2030'],
    ]);
  });

  it('dates a target by its horizon ("đến năm 2030"), with no start, but not by a vision ("tầm nhìn đến năm 2045")', () => {
    const text = 'Tỉnh phấn đấu đến năm 2030, tầm nhìn đến năm 2045 có 100% hồ sơ được xử lý trực tuyến. Năm 2024, tỉnh có 60% hồ sơ trực tuyến.';
    expect(extract(text).figures.map((f) => [f.value, f.isTarget, f.period, f.periodStart, f.periodEnd])).toEqual([
      [100, true, 'đến năm 2030', null, '2030-12-31'],
      [60, false, 'năm 2024', '2024-01-01', '2024-12-31'],
    ]);
  });

  it('makes the items of a list announced by a pledge targets, due by its horizon; the list ends with its items', () => {
    const text = [
      'Kế hoạch đề ra các mục tiêu đến năm 2030 như sau:',
      '- Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40%;',
      '- Kinh tế số chiếm 20% GRDP của tỉnh;',
      '100% hồ sơ thủ tục hành chính được xử lý trực tuyến.',
      'Năm 2024, kinh tế số chiếm 9,5% GRDP.',
      'Kết quả thực hiện các chỉ tiêu như sau:',
      '- Tỷ lệ hộ nghèo còn 2,1%.',
    ].join('\n');
    expect(extract(text).figures.map((f) => [f.value, f.description, f.isTarget, f.period])).toEqual([
      [40, 'Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo', true, 'đến năm 2030'],
      [20, 'Kinh tế số trong GRDP của tỉnh', true, 'đến năm 2030'],
      [100, 'hồ sơ thủ tục hành chính được xử lý trực tuyến', true, 'đến năm 2030'],
      [9.5, 'kinh tế số trong GRDP', false, 'năm 2024'],
      // An account of results announces what was achieved.
      [2.1, 'Tỷ lệ hộ nghèo', false, 'năm 2024'],
    ]);
  });

  it('makes the items after a pledge\'s colon targets, within one sentence', () => {
    const text = 'Năm 2025, tỉnh đề ra các chỉ tiêu: tỷ lệ che phủ rừng 62%; thu ngân sách 4.000 tỷ đồng. Năm 2024, che phủ rừng đạt 61%.';
    expect(extract(text).figures.map((f) => [f.value, f.isTarget])).toEqual([
      [62, true],
      [4_000_000_000_000, true],
      [61, false],
    ]);
  });

  it('names a percentage by the words before it when none follow, without the verbs around it', () => {
    const text =
      'Năm 2024, tỷ lệ hộ nghèo giảm từ 41,09% xuống còn 28,5%; tỷ lệ nợ quá hạn chỉ chiếm 0,08% tổng dư nợ; 378 vụ, bắt giữ 215 đối tượng; nâng tỷ lệ che phủ rừng lên 48%.';
    expect(extract(text).figures.map((f) => [f.value, f.description])).toEqual([
      // The start of a change without a year of its own is no figure of the year.
      [28.5, 'tỷ lệ hộ nghèo'],
      [0.08, 'tỷ lệ nợ quá hạn trong tổng dư nợ'],
      [378, 'vụ'],
      [215, 'đối tượng'],
      [48, 'tỷ lệ che phủ rừng'],
    ]);
  });

  it('keeps the start of a change that has its own year ("giảm từ 7,27% năm 2021 xuống còn 1,96% năm 2024")', () => {
    const text = 'Tỷ lệ hộ nghèo giảm từ 7,27% năm 2021 xuống còn 1,96% năm 2024.';
    expect(extract(text).figures.map((f) => [f.value, f.description, f.period])).toEqual([
      [7.27, 'Tỷ lệ hộ nghèo', 'năm 2021'],
      [1.96, 'Tỷ lệ hộ nghèo', 'năm 2024'],
    ]);
  });

  it('makes what will be a target ("sẽ", "dự kiến"), but not what is shared ("chia sẻ"); counts offices and tasks', () => {
    const text = 'Theo kế hoạch, toàn tỉnh sẽ giảm từ 184 xuống còn 102 đơn vị hành chính cấp xã. Tỉnh đã chia sẻ 40 tài liệu; dự kiến xử lý 315 trụ sở dôi dư và triển khai 42 nhiệm vụ khoa học.';
    expect(extract(text).figures.map((f) => [f.value, f.unit, f.isTarget])).toEqual([
      [102, 'đơn vị', true],
      [40, 'tài liệu', false],
      [315, 'trụ sở', true],
      [42, 'nhiệm vụ', true],
    ]);
  });

  it('credits a figure to the body named after a speaker, else the speaker\'s own body, not a body in their posts', () => {
    const extraction = extract(
      'Phát biểu chỉ đạo, đồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đề nghị phấn đấu tỷ lệ lao động qua đào tạo đạt 85% vào năm 2025. ' +
        'Chủ tịch HĐND tỉnh Lâm Thị Hương đề nghị UBND tỉnh phấn đấu giải ngân vốn đầu tư công đạt trên 95% kế hoạch.',
    );
    expect(extraction.figures.map((f) => [f.value, f.description, nameOf(extraction, f.organizationKey)])).toEqual([
      [85, 'tỷ lệ lao động qua đào tạo', 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn'],
      [95, 'kế hoạch', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ]);
  });

  it('dates figures by the months they count and a quarter opening a sentence, not by the lead\'s coming quarter', () => {
    const text =
      'Sáng 8/10, UBND tỉnh tổ chức hội nghị đánh giá nhiệm vụ quý III, triển khai nhiệm vụ quý IV năm 2025. Thu ngân sách 9 tháng đạt 1.845 tỷ đồng. Quý IV, tỉnh phấn đấu thu ngân sách 2.400 tỷ đồng.';
    expect(extract(text, { publishedOn: '2025-10-08' }).figures.map((f) => [f.value, f.period])).toEqual([
      [1_845_000_000_000, '9 tháng đầu năm 2025'],
      [2_400_000_000_000, 'quý IV năm 2025'],
    ]);
  });

  it('takes neither a body\'s term of office for a period nor a body a sum passes through for its body; a reporting body\'s figure is its own', () => {
    const extraction = extract(
      'Sáng 18/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Ủy ban Kiểm tra kết luận đối với Ban Thường vụ Huyện ủy Cao Lộc nhiệm kỳ 2020-2025; Ủy ban nhân dân huyện Cao Lộc đã thu 3,2 tỷ đồng. ' +
        'Tỉnh phấn đấu ủy thác qua Ngân hàng Chính sách xã hội tối thiểu 150 tỷ đồng. Theo báo cáo của Sở Y tế, năm 2024, toàn tỉnh có tỷ lệ bao phủ bảo hiểm y tế đạt 94,6%.',
      { publishedOn: '2025-07-18', url: 'https://baolangson.vn/x' },
    );
    expect(extraction.figures.map((f) => [f.value, f.period, nameOf(extraction, f.organizationKey)])).toEqual([
      [3_200_000_000, null, 'Ủy ban nhân dân huyện Cao Lộc, tỉnh Lạng Sơn'],
      [150_000_000_000, null, 'Ban Thường vụ Tỉnh ủy Lạng Sơn'],
      [94.6, 'năm 2024', 'Sở Y tế tỉnh Lạng Sơn'],
    ]);
  });

  it('reads ranges written without spaces and yearly rates ("khoảng 55-58% GDP", "bình quân 10,6%/năm")', () => {
    const text = 'Năm 2024, kinh tế tư nhân đóng góp khoảng 55-58% GDP, tốc độ tăng trưởng bình quân 10,6%/năm.';
    expect(extract(text).figures.map((f) => [f.value, f.unit, f.qualifier, f.description])).toEqual([
      [55, '%', 'AT_LEAST', 'GDP'],
      [58, '%', 'AT_MOST', 'GDP'],
      [10.6, '%/năm', 'EXACT', 'tốc độ tăng trưởng bình quân'],
    ]);
  });

  it('does not take the period of a cited document\'s title ("Nghị quyết số 412-NQ/ĐU về … giai đoạn 2022 - 2030")', () => {
    const text =
      'Thực hiện Nghị quyết số 412-NQ/ĐU của Đảng ủy Quân sự tỉnh về lãnh đạo xây dựng lực lượng vũ trang tỉnh giai đoạn 2022 - 2030, đã tổ chức 1.860 lượt huấn luyện. ' +
      'Đã có 100% chi bộ đạt trong sạch.';
    expect(extract(text).figures.map((f) => [f.value, f.period])).toEqual([
      [1860, null],
      [100, null],
    ]);
  });

  it('carries the period of targets to later targets only, not to what was achieved', () => {
    const text =
      'Giai đoạn 2024 - 2026, Đảng ủy Công an tỉnh đặt mục tiêu tỷ lệ điều tra khám phá án đạt trên 85%. Phấn đấu 100% công an xã đạt tiêu chuẩn. ' +
      'Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 40 tập thể.';
    expect(extract(text).figures.map((f) => [f.value, f.isTarget, f.period])).toEqual([
      [85, true, 'giai đoạn 2024-2026'],
      [100, true, 'giai đoạn 2024-2026'],
      [40, false, null],
    ]);
  });

  it('carries the period of an earlier sentence, and completes "trong năm" with its year', () => {
    const text = 'Trong 6 tháng cuối năm 2024, Đảng ủy Khối tiếp tục triển khai. Đảm bảo 100% cấp ủy cơ sở; trong năm mỗi tuyên truyền viên thực hiện ít nhất 4 hoạt động.';
    expect(extract(text).figures.map((f) => [f.value, f.period, f.periodStart, f.periodEnd])).toEqual([
      [100, '6 tháng cuối năm 2024', '2024-07-01', '2024-12-31'],
      [4, 'năm 2024', '2024-01-01', '2024-12-31'],
    ]);
  });

  it('describes a figure by the words after it, and attributes it to the subject of the sentence', () => {
    const extraction = extract('Đảng bộ Khối CCQ tỉnh đã tổ chức 109 hội nghị trực tuyến kết nối từ điểm cầu tỉnh, trung ương; 47 hội nghị trực tiếp.');
    expect(extraction.figures.map((f) => [f.description, nameOf(extraction, f.organizationKey)])).toEqual([
      ['hội nghị trực tuyến kết nối từ điểm cầu tỉnh, trung ương', 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn'],
      ['hội nghị trực tiếp', 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn'],
    ]);
  });
});
