import { documentOf, documentsOf, extract, nameOf } from './extract-helpers';

describe('document references — codes in every print variant', () => {
  it.each<[string, string]>([
    ['Quán triệt Chỉ thị số 30-CT/TW.', '30-CT/TW'],
    ['Quán triệt Chỉ thị 30-CT/TW.', '30-CT/TW'],
    ['Thực hiện Kết luận số 12 - KL/TW.', '12-KL/TW'],
    ['Thực hiện Chỉ thị số 21- CT/TW.', '21-CT/TW'],
    ['Thực hiện Chỉ thị số 21-CT/ TW.', '21-CT/TW'],
    ['Gắn với Chỉ thị số 05–CT/TW.', '5-CT/TW'],
    ['Theo Chỉ thị số 30/CT-TW.', '30-CT/TW'],
    ['Theo Chỉ thị số 30-ct/tw.', '30-CT/TW'],
    ['Theo Quyết định số 99-QD/TW.', '99-QĐ/TW'],
    ['Triển khai Nghị định số 30/2020/NĐ-CP.', '30/2020/NĐ-CP'],
    ['Theo Quyết định số 439/QĐ-TTg.', '439/QĐ-TTg'],
    ['Căn cứ Công văn số 4912/UBND-NC.', '4912/UBND-NC'],
    ['Quán triệt Luật Lưu trữ số 01/2011/QH13.', '1/2011/QH13'],
    ['Theo Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP.', '55/2005/TTLT-BNV-VPCP'],
    ['Thực hiện Hướng dẫn số 05-HD/BTGDVTU.', '5-HD/BTGDVTU'],
  ])('"%s" → %s', (text, code) => {
    expect(extract(text).documents.map((d) => d.code)).toEqual([code]);
  });

  it.each(['Cửa hàng 7-Eleven mở cửa.', 'Đạt 1.250 cuộc, 35/35 xã.', 'Xem https://baolangson.vn/chi-thi-30-ct-tw-123.html ngay.', 'Mục 2/III của đề án.'])(
    'finds no code in "%s"',
    (text) => {
      expect(extract(text).documents).toEqual([]);
    },
  );

  it('lets the type name decide what a party "QĐ" is', () => {
    const extraction = extract('Quán triệt Quy định số 144-QĐ/TW và Quyết định số 99-QĐ/TW.');
    expect(extraction.documents.map((d) => [d.code, d.typeName, d.kind])).toEqual([
      ['144-QĐ/TW', 'Quy định', 'REGULATION'],
      ['99-QĐ/TW', 'Quyết định', 'DECISION'],
    ]);
  });

  it('warns when nothing tells what a party "QĐ" is', () => {
    expect(extract('Thực hiện 144-QĐ/TW.').warnings).toContain(
      '"144-QĐ/TW" can be a decision or a regulation; the text gives no type name, so it is taken as a decision.',
    );
  });
});

describe('document references — dates, issuers, terms and subjects', () => {
  it('reads the date, issuer, term and subject after the code (the seed sentence)', () => {
    const extraction = extract(
      'Đảng ủy Khối tiếp tục triển khai Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư Trung ương Đảng khóa XIII về công tác tuyên truyền miệng trong tình hình mới; Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Tỉnh ủy về đổi mới công tác giáo dục chính trị, tư tưởng.',
    );
    const directive = documentOf(extraction, '30-CT/TW');
    expect(directive).toMatchObject({ typeName: 'Chỉ thị', name: 'Chỉ thị số 30-CT/TW', issuedOn: '2024-02-05', term: 'XIII', title: 'về công tác tuyên truyền miệng trong tình hình mới' });
    expect(nameOf(extraction, directive.issuerKey)).toBe('Ban Bí thư Trung ương Đảng');
    const resolution = documentOf(extraction, '155-NQ/TU');
    expect(resolution).toMatchObject({ issuedOn: '2024-05-04', title: 'về đổi mới công tác giáo dục chính trị, tư tưởng', issuerProvince: 'Lạng Sơn' });
    expect(nameOf(extraction, resolution.issuerKey)).toBe('Ban Chấp hành Đảng bộ tỉnh Lạng Sơn');
  });

  it.each<[string, string]>([
    ['Thực hiện Chỉ thị số 04-CT/TW ngày 02-6-2021 của Ban Bí thư.', '2021-06-02'],
    ['Thực hiện Nghị quyết số 07/2022/NQ-HĐND ngày 15 tháng 3 năm 2022 của HĐND tỉnh.', '2022-03-15'],
    ['Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.', '2024-12-22'],
    ['Thực hiện Kết luận số 118-KL/TW (ngày 18/01/2025) của Bộ Chính trị.', '2025-01-18'],
  ])('"%s" is dated %s', (text, date) => {
    expect(extract(text).documents.map((d) => d.issuedOn)).toEqual([date]);
  });

  it('takes the date that opens the sentence for a document the sentence says was issued ("Ngày 10/6/2021, Chính phủ ban hành …")', () => {
    const extraction = extract('Ngày 10/6/2021, Chính phủ ban hành Nghị định số 59/2021/NĐ-CP về chính sách hỗ trợ.');
    expect(documentsOf(extraction)).toEqual(['59/2021/NĐ-CP | 2021-06-10']);
    expect(nameOf(extraction, documentOf(extraction, '59/2021/NĐ-CP').issuerKey)).toBe('Chính phủ');
  });

  it('takes the date just before the body that issues ("Để cụ thể hóa …, ngày 10/1/2025, Ban Thường vụ Tỉnh ủy đã ban hành …")', () => {
    const extraction = extract('Để cụ thể hóa Nghị quyết, ngày 10/1/2025, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 245-KH/TU thực hiện Nghị quyết số 57-NQ/TW.');
    expect(documentOf(extraction, '245-KH/TU').issuedOn).toBe('2025-01-10');
    // A date that is not right before the issuing body dates something else.
    const other = extract('Ngày 10/1/2025 là ngày đầu năm; sau đó Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 246-KH/TU thực hiện Nghị quyết số 57-NQ/TW.');
    expect(documentOf(other, '246-KH/TU').issuedOn).toBeNull();
  });

  it('does not take a meeting date for the date of a document the meeting discusses', () => {
    expect(documentsOf(extract('Sáng 8/8, Đảng ủy Khối tổ chức hội nghị quán triệt Chỉ thị số 30-CT/TW.'))).toEqual(['30-CT/TW | —']);
  });

  it('reads the issuer of "<body> đã ban hành <document>"', () => {
    const extraction = extract('Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 145-KH/TU triển khai thực hiện Kết luận số 12-KL/TW.');
    expect(nameOf(extraction, documentOf(extraction, '145-KH/TU').issuerKey)).toBe('Ban Thường vụ Tỉnh ủy Lạng Sơn');
    expect(documentOf(extraction, '145-KH/TU').title).toBe('triển khai thực hiện Kết luận số 12-KL/TW');
  });

  it('reads a quoted subject', () => {
    expect(documentOf(extract('Triển khai Kế hoạch số 12-KH/ĐUK “Tăng cường công tác tuyên truyền”.'), '12-KH/ĐUK').title).toBe('Tăng cường công tác tuyên truyền');
  });

  it('gives a document issued in a second predicate ("<body> đã tổ chức hội nghị … và ban hành Kế hoạch …") to that body', () => {
    const extraction = extract('Chiều 15/2, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị quán triệt và ban hành Kế hoạch số 412-KH/TU thực hiện Kết luận số 126-KL/TW.');
    expect(nameOf(extraction, documentOf(extraction, '412-KH/TU').issuerKey)).toBe('Ban Thường vụ Tỉnh ủy Lạng Sơn');
    // A body named only as a complement is not the subject.
    const other = extract('Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy về hội nghị và ban hành Kế hoạch số 413-KH/TU.');
    expect(documentOf(other, '413-KH/TU').issuerKey).toBeNull();
  });

  it('reads the legal basis written after a document ("… được xây dựng căn cứ Nghị định …")', () => {
    const extraction = extract('Kỳ họp thông qua Nghị quyết số 15/2024/NQ-HĐND được xây dựng căn cứ Nghị định số 146/2018/NĐ-CP ngày 17/10/2018 của Chính phủ.');
    expect(extraction.basedOn.map((b) => [documentOf(extraction, '15/2024/NQ-HĐND').key === b.documentKey, b.basisKey === documentOf(extraction, '146/2018/NĐ-CP').key])).toEqual([[true, true]]);
  });

  it('ends a subject at the next clause', () => {
    const extraction = extract('Thực hiện Quy định số 37-QĐ/TW về những điều đảng viên không được làm, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch.');
    expect(documentOf(extraction, '37-QĐ/TW').title).toBe('về những điều đảng viên không được làm');
  });

  it('ends a subject where the sentence goes on (", đã …", ", gắn với thực hiện …"), not at ", đảng viên" or ", đa dạng"', () => {
    const title = (sentence: string, code: string) => documentOf(extract(sentence), code).title;
    expect(title('Thực hiện Nghị quyết số 412-NQ/ĐU về lực lượng vũ trang giai đoạn 2022 - 2030, đã tổ chức 1.860 lượt huấn luyện.', '412-NQ/ĐU')).toBe(
      'về lực lượng vũ trang giai đoạn 2022 - 2030',
    );
    expect(title('Sơ kết Nghị quyết số 230-NQ/QUTW về tổ chức quân đội, gắn với thực hiện Nghị quyết số 05-NQ/TW.', '230-NQ/QUTW')).toBe('về tổ chức quân đội');
    expect(title('Quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức của cán bộ, đảng viên trong giai đoạn mới.', '144-QĐ/TW')).toBe(
      'về chuẩn mực đạo đức của cán bộ, đảng viên trong giai đoạn mới',
    );
    expect(title('Thực hiện Nghị quyết số 20-NQ/TU về phát triển kinh tế, đa dạng hóa sinh kế.', '20-NQ/TU')).toBe('về phát triển kinh tế, đa dạng hóa sinh kế');
  });
});

describe('document references — the issuer a state code names', () => {
  it('takes the Prime Minister, the Government, or the article\'s only People\'s Committee or Council, where the text names no issuer', () => {
    const extraction = extract(
      'Sáng 5/3, UBND tỉnh ban hành Quyết định số 456/QĐ-UBND về kế hoạch. Trước đó, kỳ họp thông qua Nghị quyết số 15/2024/NQ-HĐND. ' +
        'Thực hiện Chỉ thị số 12/CT-TTg và Nghị định số 73/2024/NĐ-CP, Sở Nội vụ triển khai.',
    );
    expect(extraction.documents.map((d) => [d.code, nameOf(extraction, d.issuerKey)])).toEqual([
      ['456/QĐ-UBND', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
      // No People's Council is named: the code alone does not say which one.
      ['15/2024/NQ-HĐND', null],
      ['12/CT-TTg', 'Thủ tướng Chính phủ'],
      ['73/2024/NĐ-CP', 'Chính phủ'],
    ]);
  });

  it('does not give a district committee\'s code (…/HU) to a province\'s body', () => {
    const extraction = extract(
      'Ngày 9/10, Ban Chấp hành Đảng bộ huyện Cao Lộc tổ chức hội nghị. BTV Huyện ủy đã quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 256-KH/TU ngày 2/8/2024 của BTV Tỉnh ủy; ban hành Kế hoạch số 142-KH/HU về tổ chức đại hội.',
    );
    // Without the guard it was the Ban Thường vụ Tỉnh ủy, named last before "ban hành".
    expect(nameOf(extraction, documentOf(extraction, '142-KH/HU')?.issuerKey ?? null)).toMatch(/(?:huyện|Huyện ủy) Cao Lộc, tỉnh Lạng Sơn$/u);
  });

  it('guesses no People\'s Committee when the article names two', () => {
    const extraction = extract('UBND tỉnh và UBND huyện Cao Lộc triển khai Kế hoạch số 78/KH-UBND.');
    expect(nameOf(extraction, documentOf(extraction, '78/KH-UBND')?.issuerKey ?? null)).toBeNull();
  });
});

describe('document references — lists and nesting', () => {
  it('reads a list joined by ";", each with its own date, issuer and subject', () => {
    const extraction = extract(
      'Lãnh đạo Ban Tuyên giáo Tỉnh ủy truyền đạt Chỉ thị số 08-CT/TW ngày 21/10/2021 của Ban Bí thư về công tác phòng, chống ma túy; Chỉ thị số 09-CT/TW ngày 3/12/2021 của Ban Bí thư về bảo vệ chính trị nội bộ.',
    );
    expect(extraction.documents.map((d) => [d.code, d.issuedOn, d.title])).toEqual([
      ['8-CT/TW', '2021-10-21', 'về công tác phòng, chống ma túy'],
      ['9-CT/TW', '2021-12-03', 'về bảo vệ chính trị nội bộ'],
    ]);
  });

  it('shares a trailing date, issuer and term across a list of codes ("các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày …")', () => {
    const extraction = extract('Quán triệt các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.');
    expect(extraction.documents.map((d) => [d.code, d.issuedOn, d.term, nameOf(extraction, d.issuerKey)])).toEqual([
      ['18-NQ/TW', '2017-10-25', 'XII', 'Ban Chấp hành Trung ương Đảng'],
      ['19-NQ/TW', '2017-10-25', 'XII', 'Ban Chấp hành Trung ương Đảng'],
    ]);
  });

  it('expands a list of numbers before one symbol ("Nghị quyết số 18, 19-NQ/TW")', () => {
    expect(extract('Quán triệt Nghị quyết số 18, 19-NQ/TW của Ban Chấp hành Trung ương.').documents.map((d) => d.code)).toEqual(['18-NQ/TW', '19-NQ/TW']);
  });

  it('does not share a date between documents of different types ("Nghị quyết 57-NQ/TW và Quy định số 296-QĐ/TW ngày …")', () => {
    expect(documentsOf(extract('Theo tinh thần Nghị quyết 57-NQ/TW và Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương.'))).toEqual([
      '57-NQ/TW | —',
      '296-QĐ/TW | 2025-05-30',
    ]);
  });

  it('does not share a date between documents each named with their type ("Nghị quyết số 70-NQ/TW và Nghị quyết số 68-NQ/TW ngày …")', () => {
    expect(documentsOf(extract('Quán triệt Nghị quyết số 70-NQ/TW và Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị.'))).toEqual([
      '70-NQ/TW | —',
      '68-NQ/TW | 2025-05-04',
    ]);
    // Numbers listed before one symbol are one type name's: they share the date.
    expect(documentsOf(extract('Thực hiện các Quyết định số 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.'))).toEqual([
      '217-QĐ/TW | 2013-12-12',
      '218-QĐ/TW | 2013-12-12',
    ]);
  });

  it('joins a later mention of a local code without its issuer to the one the text named with another province\'s issuer', () => {
    const extraction = extract(
      'Hội nghị rà soát Nghị quyết số 08-NQ/TU ngày 12/10/2021 của Ban Chấp hành Đảng bộ tỉnh Hà Giang về phát triển nông nghiệp hàng hóa. ' +
        'Ngày 13/8, Đảng ủy xã Lũng Cú tổ chức hội nghị quán triệt Nghị quyết số 08-NQ/TU tới 100% chi bộ trực thuộc.',
    );
    expect(extraction.documents.map((d) => [d.code, d.issuerProvince, d.mentions.length])).toEqual([['8-NQ/TU', 'Hà Giang', 2]]);
  });

  it('reads the issuer behind an official\'s post and of "<body> đã có/gửi Công văn …"', () => {
    const extraction = extract(
      'Thực hiện Chỉ thị số 07/CT-BCA ngày 15/3/2024 của Bộ trưởng Bộ Công an về phòng ngừa tội phạm công nghệ cao. ' +
        'Trước đó, ngày 2/6/2025, Văn phòng Trung ương Đảng đã có Công văn số 1245-CV/VPTW về việc triển khai Quy định số 296-QĐ/TW.',
    );
    const of = (code: string) => extraction.documents.find((d) => d.code === code);
    expect(nameOf(extraction, of('7/CT-BCA')?.issuerKey ?? null)).toBe('Bộ Công an');
    expect(of('7/CT-BCA')?.title).toBe('về phòng ngừa tội phạm công nghệ cao');
    expect(nameOf(extraction, of('1245-CV/VPTW')?.issuerKey ?? null)).toBe('Văn phòng Trung ương Đảng');
    expect(of('1245-CV/VPTW')?.issuedOn).toBe('2025-06-02');
    const regulating = extract('Thực hiện Nghị quyết số 190/2025/QH15 ngày 19/2/2025 của Quốc hội quy định về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước.');
    expect(regulating.documents[0]?.title).toBe('về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước');
    const law = extract('Theo Luật Đất đai số 31/2024/QH15, tỉnh rà soát quỹ đất.');
    expect(law.documents.map((d) => [d.code, nameOf(law, d.issuerKey)])).toEqual([['31/2024/QH15', 'Quốc hội']]);
    const signed = extract('Trước đó, ngày 20/3/2024, Chủ tịch UBND tỉnh đã ký Công văn số 987/UBND-KGVX yêu cầu các sở rà soát dữ liệu.');
    expect(signed.documents.map((d) => [d.code, nameOf(signed, d.issuerKey), d.issuedOn])).toEqual([['987/UBND-KGVX', 'Ủy ban nhân dân tỉnh Lạng Sơn', '2024-03-20']]);
  });

  it('makes a reference nested in a subject the basis of the outer one ("Kết luận … về thực hiện … theo Nghị quyết …")', () => {
    const extraction = extract(
      'Quán triệt Kết luận số 12-KL/TW ngày 6/1/2022 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị khóa XII về chính sách công nghiệp. Gắn với Kết luận số 21-KL/TW về xây dựng, chỉnh đốn Đảng theo Nghị quyết số 4-NQ/TW.',
    );
    const codeOf = (key: string) => extraction.documents.find((d) => d.key === key)?.code;
    expect(extraction.basedOn.map((b) => [codeOf(b.documentKey), codeOf(b.basisKey)])).toEqual([
      ['12-KL/TW', '23-NQ/TW'],
      ['21-KL/TW', '4-NQ/TW'],
    ]);
    expect(documentOf(extraction, '12-KL/TW').title).toBe(
      'về tiếp tục thực hiện Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị khóa XII về chính sách công nghiệp',
    );
    expect(documentOf(extraction, '23-NQ/TW')).toMatchObject({ issuedOn: '2018-03-22', term: 'XII', title: 'về chính sách công nghiệp' });
  });
});

describe('document references — one document, however often mentioned', () => {
  it('merges two mentions of one document into one document with both quotes', () => {
    const extraction = extract(
      'Lãnh đạo quán triệt Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Ban Chấp hành Đảng bộ tỉnh về đổi mới. Đảng ủy Khối triển khai Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Tỉnh ủy.',
    );
    expect(extraction.documents).toHaveLength(1);
    expect(extraction.documents[0]?.mentions.map((m) => m.quote)).toEqual([
      'Lãnh đạo quán triệt Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Ban Chấp hành Đảng bộ tỉnh về đổi mới.',
      'Đảng ủy Khối triển khai Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Tỉnh ủy.',
    ]);
  });

  it('joins an undated mention and a short one ("Chỉ thị 30") to the dated document of the same code', () => {
    const extraction = extract('Thực hiện Chỉ thị 30-CT/TW. Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư. Kết quả thực hiện Chỉ thị 30 rất tốt.');
    expect(documentsOf(extraction)).toEqual(['30-CT/TW | 2024-02-05']);
    expect(extraction.documents[0]?.mentions).toHaveLength(3);
  });

  it('keeps apart two documents with one code and different dates (numbering restarts every term)', () => {
    expect(documentsOf(extract('Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị và Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư.'))).toEqual([
      '30-CT/TW | 1998-02-18',
      '30-CT/TW | 2024-02-05',
    ]);
  });

  it('gives every mention its sentence and offsets', () => {
    const extraction = extract('Mở đầu. Quán triệt Chỉ thị số 30-CT/TW.');
    const [mention] = extraction.documents[0]?.mentions ?? [];
    expect(mention).toEqual({ quote: 'Quán triệt Chỉ thị số 30-CT/TW.', quoteStart: 8, start: 19, end: 38 });
    expect(extraction.text.slice(mention!.start, mention!.end)).toBe('Chỉ thị số 30-CT/TW');
  });
});

describe('document references — documents known only by name, and numbers without symbol', () => {
  it.each<[string, string, string]>([
    ['Tuyên truyền các nghị quyết Hội nghị Trung ương 8, khóa XIII.', 'Nghị quyết Hội nghị Trung ương 8, khóa XIII', 'XIII'],
    ['Tiếp tục triển khai Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.', 'Nghị quyết Hội nghị Trung ương 4, khóa XII', 'XII'],
    ['Sơ kết Nghị quyết Trung ương 4 (khóa XII).', 'Nghị quyết Hội nghị Trung ương 4, khóa XII', 'XII'],
    ['Thực hiện Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII.', 'Nghị quyết Hội nghị Trung ương 5, khóa XIII', 'XIII'],
    ['Học tập Nghị quyết Đại hội XIII của Đảng.', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'XIII'],
    ['Học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'XIII'],
    ['Học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII.', 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII', 'XVII'],
  ])('"%s" → %s', (text, name, term) => {
    expect(extract(text).documents.map((d) => [d.code, d.name, d.term])).toEqual([[null, name, term]]);
  });

  it('makes the Central Committee the issuer of a plenum resolution, a body the text implies but does not name', () => {
    const extraction = extract('Tuyên truyền các nghị quyết Hội nghị Trung ương 8, khóa XIII.');
    expect(nameOf(extraction, extraction.documents[0]!.issuerKey)).toBe('Ban Chấp hành Trung ương Đảng');
    expect(extraction.organizations).toEqual([expect.objectContaining({ name: 'Ban Chấp hành Trung ương Đảng', mentions: [] })]);
  });

  it('warns about "Chỉ thị số 12" without symbol instead of making up a code', () => {
    const extraction = extract('Sơ kết 5 năm thực hiện Chỉ thị số 12 của Tỉnh ủy về công tác dân vận.');
    expect(extraction.documents).toEqual([]);
    expect(extraction.warnings).toContain('"Chỉ thị số 12" names a document by number only, without its symbol; it is not recorded.');
  });

  it('gives a ministry\'s code its issuer ("2085/QĐ-BTC"), and a central code dated by a year alone its term', () => {
    const extraction = extract(
      'Bộ trưởng Nguyễn Văn Thắng đã ký Quyết định số 2085/QĐ-BTC. Chỉ thị số 100-CT/TW năm 1981 của Ban Bí thư về khoán sản phẩm đã tạo bước ngoặt. Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư, năm 2024 tỉnh đã triển khai.',
    );
    const qd = documentOf(extraction, '2085/QĐ-BTC');
    expect(nameOf(extraction, qd.issuerKey)).toBe('Bộ Tài chính');
    const ct = documentOf(extraction, '100-CT/TW');
    expect([nameOf(extraction, ct.issuerKey), ct.term, ct.title]).toEqual(['Ban Bí thư Trung ương Đảng', 'IV', 'về khoán sản phẩm']);
    // A year past the issuer and a comma is the next clause's.
    expect(documentOf(extraction, '124-QĐ/TW').term).toBeNull();
  });

  it('reads past a web page\'s list of links to other articles: their documents, bodies and provinces are theirs', () => {
    const text = [
      'Sáng 12/3, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW.',
      'TIN LIÊN QUAN',
      'UBND tỉnh Hà Tĩnh triển khai thực hiện Chỉ thị 35-CT/TW',
      'Tỉnh ủy Hà Tĩnh ban hành Kế hoạch thực hiện Nghị quyết 18-NQ/TW',
      'Đồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị.',
      'Xem thêm: Tỉnh ủy Hà Tĩnh sơ kết Nghị quyết 26-NQ/TW',
    ].join('\n');
    const extraction = extract(text, { publishedOn: '2025-03-13' });
    expect(extraction.source.province).toBe('Nghệ An');
    expect(extraction.documents.map((d) => d.code)).toEqual(['57-NQ/TW']);
    expect(extraction.organizations.map((o) => o.name).filter((n) => n.includes('Hà Tĩnh'))).toEqual([]);
    expect(extraction.persons.map((p) => [p.name, p.organizationKey])).toEqual([['Nguyễn Đức Trung', 'ban chap hanh dang bo tinh nghe an']]);
  });

  it('warns when the text names nothing the graph holds ("abc", an English sentence)', () => {
    const nothing = 'The text names no body, document, meeting, person or figure: only the source itself was read.';
    expect(extract('abc').warnings).toContain(nothing);
    expect(extract('The weather in Hanoi was pleasant today.').warnings).toContain(nothing);
    expect(extract('Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 12-KH/TU.').warnings).not.toContain(nothing);
  });

  it('does not take a verb and a percentage for a document ("đã hướng dẫn 100% cơ quan")', () => {
    expect(extract('Sở Nội vụ đã hướng dẫn 100% cơ quan triển khai.').warnings).toEqual([]);
  });
});

describe('document references — the header of a document', () => {
  const header = [
    'ĐẢNG BỘ TỈNH LẠNG SƠN',
    'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
    '*',
    'Số 12 - KH/ĐUK',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Lạng Sơn, ngày 3 tháng 9 năm 2022',
    '',
    'KẾ HOẠCH',
    'thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
  ].join('\n');

  it('reads the code, date, type, issuer and subject of "Số 12 - KH/ĐUK"', () => {
    const extraction = extract(header, { url: null, publisher: null });
    const plan = documentOf(extraction, '12-KH/ĐUK');
    expect(plan).toMatchObject({
      typeName: 'Kế hoạch',
      kind: 'PLAN',
      name: 'Kế hoạch số 12-KH/ĐUK',
      issuedOn: '2022-09-03',
      issuerProvince: 'Lạng Sơn',
      title: 'thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
    });
    expect(nameOf(extraction, plan.issuerKey)).toBe('Đảng ủy Khối các cơ quan tỉnh Lạng Sơn');
  });

  it('makes what its subject line implements its basis', () => {
    const extraction = extract(header, { url: null, publisher: null });
    const codeOf = (key: string) => extraction.documents.find((d) => d.key === key)?.code;
    expect(extraction.basedOn.map((b) => [codeOf(b.documentKey), codeOf(b.basisKey)])).toEqual([['12-KH/ĐUK', '21-KL/TW']]);
  });
});

describe('document references — issued by a plenum', () => {
  it('credits "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII" to the Central Committee, with term and subject', () => {
    const text =
      'Ban Thường vụ Huyện ủy quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.';
    const doc = documentOf(extract(text), '21-KL/TW');
    expect(doc).toMatchObject({ issuedOn: '2021-10-25', term: 'XIII', title: 'về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị' });
    expect(nameOf(extract(text), doc.issuerKey)).toBe('Ban Chấp hành Trung ương Đảng');
  });

  it('reads "của Hội nghị Trung ương 4 khóa XIII" so, and makes a dated and an undated mention one document', () => {
    const extraction = extract(
      'Tỉnh ủy quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII. Các cấp ủy tiếp tục thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII về xây dựng Đảng.',
    );
    expect(extraction.documents).toHaveLength(1);
    const doc = documentOf(extraction, '21-KL/TW');
    expect(doc).toMatchObject({ issuedOn: '2021-10-25', term: 'XIII' });
    expect(nameOf(extraction, doc.issuerKey)).toBe('Ban Chấp hành Trung ương Đảng');
  });

  it("does not take the next clause's date for a document read past its issuer", () => {
    const extraction = extract('Thực hiện Kế hoạch số 258-KH/TU của Ban Thường vụ Tỉnh ủy, ngày 15/8/2024, Ban Thường vụ Huyện ủy Cao Lộc đã ban hành Kế hoạch số 12-KH/HU về đại hội.');
    expect(documentOf(extraction, '258-KH/TU').issuedOn).toBeNull();
    expect(documentOf(extraction, '12-KH/HU').issuedOn).toBe('2024-08-15');
  });
});
