import type { Extraction } from '../../../src/ingest/extract';
import { extract, nameOf } from './extract-helpers';

const codeOf = (extraction: Extraction, key: string) => {
  const document = extraction.documents.find((d) => d.key === key);
  return document?.code ?? document?.name;
};
const implementationsOf = (extraction: Extraction) =>
  extraction.implementations.map((i) => [nameOf(extraction, i.organizationKey), codeOf(extraction, i.documentKey), i.actions]);
const basesOf = (extraction: Extraction) => extraction.basedOn.map((b) => [codeOf(extraction, b.documentKey), codeOf(extraction, b.basisKey)]);

describe('links — bodies implement documents, in the verbs of the text', () => {
  it.each([
    'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 245-KH/TU ngày 1/3/2024 để triển khai thực hiện Chỉ thị số 30-CT/TW.',
    'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 245-KH/TU ngày 1/3/2024 triển khai thực hiện Chỉ thị số 30-CT/TW.',
    'Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 245-KH/TU thực hiện Chỉ thị số 30-CT/TW.',
  ])('a body that issues a plan to carry out a document implements it, and the plan is based on it: %s', (text) => {
    const extraction = extract(text);
    expect(implementationsOf(extraction)).toEqual([['Ban Thường vụ Tỉnh ủy Lạng Sơn', '30-CT/TW', ['ban hành kế hoạch']]]);
    expect(basesOf(extraction)).toEqual([['245-KH/TU', '30-CT/TW']]);
    // The directive is not issued with the plan: it keeps no issuer rather than taking the plan's.
    expect(extraction.documents.find((d) => d.code === '30-CT/TW')?.issuerKey).toBeNull();
    expect(extraction.documents.find((d) => d.code === '245-KH/TU')?.title).toMatch(/^(?:triển khai )?thực hiện Chỉ thị số 30-CT\/TW$/);
  });

  it('bases a plan on every document listed after its verb ("triển khai thực hiện Nghị quyết … và Kết luận …"), and makes its issuer implement them', () => {
    const extraction = extract('Ngày 5/9/2025, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 15-KH/TU triển khai thực hiện Nghị quyết số 66-NQ/TW và Kết luận số 119-KL/TW của Bộ Chính trị.');
    expect(basesOf(extraction)).toEqual([
      ['15-KH/TU', '66-NQ/TW'],
      ['15-KH/TU', '119-KL/TW'],
    ]);
    expect(implementationsOf(extraction).map(([body, code]) => [body, code])).toEqual([
      ['Ban Thường vụ Tỉnh ủy Lạng Sơn', '66-NQ/TW'],
      ['Ban Thường vụ Tỉnh ủy Lạng Sơn', '119-KL/TW'],
    ]);
  });

  it('makes the issuer of a programme named with it ("… của UBND tỉnh thực hiện Nghị quyết …") implement what it carries out', () => {
    const extraction = extract(
      'Chiều 14/3, Sở Tài chính tổ chức hội nghị triển khai Chương trình hành động số 05/CTr-UBND ngày 15/1/2025 của UBND tỉnh thực hiện Nghị quyết số 01/NQ-CP ngày 8/1/2025 của Chính phủ.',
    );
    expect(implementationsOf(extraction)).toEqual([
      ['Sở Tài chính tỉnh Lạng Sơn', '5/CTr-UBND', ['triển khai']],
      ['Ủy ban nhân dân tỉnh Lạng Sơn', '1/NQ-CP', ['ban hành chương trình hành động']],
    ]);
  });

  it('keeps the verbs as written and shares them along a list ("tiếp tục cụ thể hóa, triển khai thực hiện A; B")', () => {
    const extraction = extract('Đảng ủy Khối các cơ quan tỉnh tiếp tục cụ thể hóa, triển khai thực hiện Chỉ thị số 30-CT/TW ngày 5/2/2024; Nghị quyết số 155-NQ/TU, ngày 4/5/2024.');
    expect(implementationsOf(extraction)).toEqual([
      ['Đảng ủy Khối các cơ quan tỉnh Lạng Sơn', '30-CT/TW', ['tiếp tục cụ thể hóa', 'triển khai thực hiện']],
      ['Đảng ủy Khối các cơ quan tỉnh Lạng Sơn', '155-NQ/TU', ['tiếp tục cụ thể hóa', 'triển khai thực hiện']],
    ]);
  });

  it('makes the body of a speaker named by role the implementer ("lãnh đạo <body> thông tin quán triệt …")', () => {
    const extraction = extract('Tiếp đó, lãnh đạo Đảng ủy Khối CCQ tỉnh thông tin quán triệt Nghị quyết số 155-NQ/TU.');
    expect(implementationsOf(extraction)).toEqual([['Đảng ủy Khối các cơ quan tỉnh Lạng Sơn', '155-NQ/TU', ['quán triệt']]]);
  });

  it('gives a reported action to the body reported on or to the reporting official\'s own body, not to the meeting organizer', () => {
    const meeting = 'Sáng 20/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác tuyên giáo. ';
    expect(implementationsOf(extract(`${meeting}Đồng chí Lê Thị Hồng, Bí thư Đảng ủy xã Tân Thành cho biết, Đảng ủy xã đã quán triệt Nghị quyết số 45-NQ/TU đến 100% chi bộ.`))).toEqual([
      ['Đảng ủy xã Tân Thành, tỉnh Lạng Sơn', '45-NQ/TU', ['quán triệt']],
    ]);
    expect(implementationsOf(extract(`${meeting}Đồng chí Nguyễn Văn Lộc, Bí thư Huyện ủy Lộc Bình cho biết, huyện đã quán triệt Nghị quyết số 39-NQ/TW đến 100% chi bộ.`))).toEqual([
      ['Ban Chấp hành Đảng bộ huyện Lộc Bình, tỉnh Lạng Sơn', '39-NQ/TW', ['quán triệt']],
    ]);
    // Presenting a document at the meeting is the organizer's dissemination, as before.
    expect(implementationsOf(extract(`${meeting}Đồng chí Nguyễn Thị Thu, Trưởng Ban Tuyên giáo Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW.`))).toEqual([
      ['Ban Thường vụ Tỉnh ủy Lạng Sơn', '57-NQ/TW', ['quán triệt']],
    ]);
  });

  it('gives "Thực hiện <document>, <body> đã …" to the body after the comma, and an award for carrying it out to nobody', () => {
    const meeting = 'Chiều 14/3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên. ';
    expect(implementationsOf(extract(`${meeting}Thực hiện Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư, Đảng ủy Khối các cơ quan tỉnh đã tổ chức 109 hội nghị tuyên truyền miệng.`))).toEqual([
      ['Đảng ủy Khối các cơ quan tỉnh Lạng Sơn', '30-CT/TW', ['Thực hiện']],
    ]);
    expect(implementationsOf(extract(`${meeting}Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể có thành tích xuất sắc trong thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị.`))).toEqual([]);
  });

  it('gives nobody what many unnamed bodies do ("các tỉnh ủy, thành ủy … chỉ đạo quán triệt …"), and makes a regulation signed at a meeting issued, not implemented', () => {
    const guide = 'Sáng 16/6, Ban Tuyên giáo và Dân vận Trung ương ban hành Hướng dẫn. ';
    expect(implementationsOf(extract(`${guide}Theo Hướng dẫn, các tỉnh ủy, thành ủy chỉ đạo tổ chức nghiên cứu, học tập, quán triệt Quy định số 296-QĐ/TW.`))).toEqual([]);
    const signed = extract('Sáng 22/7, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 và ký kết Quy chế phối hợp số 02/QCPH-HPN-NHCS giai đoạn 2025 - 2030.');
    expect(implementationsOf(signed)).toEqual([]);
    expect(nameOf(signed, signed.documents[0]?.issuerKey ?? null)).toBe('Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn');
  });

  it('does not count a shortcoming as work done ("việc cụ thể hóa Kết luận … còn chậm")', () => {
    const meeting = 'Ngày 20/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. ';
    expect(
      implementationsOf(extract(`${meeting}Đoàn kiểm tra chỉ ra một số hạn chế: việc cụ thể hóa Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương ở một số tổ chức cơ sở đảng còn chậm.`)),
    ).toEqual([]);
    expect(implementationsOf(extract(`${meeting}Ban Thường vụ Tỉnh ủy đã cụ thể hóa Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.`))).toEqual([
      ['Ban Thường vụ Tỉnh ủy Lạng Sơn', '21-KL/TW', ['cụ thể hóa']],
    ]);
  });

  it('keeps a request over a list of tasks a request ("yêu cầu Sở … hoàn thiện …; rà soát, tham mưu ban hành Kế hoạch thực hiện …")', () => {
    const meeting = 'Chiều 14/3, UBND tỉnh tổ chức hội nghị giao ban. ';
    expect(
      implementationsOf(
        extract(`${meeting}Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính khẩn trương hoàn thiện tổ chức bộ máy; rà soát, tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.`),
      ),
    ).toEqual([]);
    // The last item reporting work done is not asked for.
    expect(
      implementationsOf(extract(`${meeting}Hội nghị yêu cầu các sở hoàn thiện bộ máy; Sở Tài chính đã triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.`)),
    ).toEqual([['Sở Tài chính tỉnh Lạng Sơn', '57-NQ/TW', ['triển khai thực hiện']]]);
  });

  it('falls back on the main actor (the meeting organizer) and the verb of the clause', () => {
    const extraction = extract(
      'Sáng 8/8, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị. Nội dung tuyên truyền tập trung về công tác xây dựng Đảng như: các nghị quyết Hội nghị Trung ương 8, khóa XIII.',
    );
    expect(implementationsOf(extraction)).toEqual([['Đảng ủy Khối các cơ quan tỉnh Lạng Sơn', 'Nghị quyết Hội nghị Trung ương 8, khóa XIII', ['tuyên truyền']]]);
  });

  it('does not make a body implement what it issues ("ban hành") or informs about ("thông tin")', () => {
    const extraction = extract('Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 145-KH/TU. Lãnh đạo Ban Tuyên giáo Tỉnh ủy thông tin chuyên đề về Chỉ thị số 21-CT/TW.');
    expect(extraction.implementations).toEqual([]);
  });

  it.each(['', '(Báo Lạng Sơn) - ', 'LSO - '])('reads "%sThực hiện <A>, <body> ban hành <B>": the body implements A and B is based on A', (dateline) => {
    const extraction = extract(`${dateline}Thực hiện Chỉ thị 30-CT/TW ngày 5/2/2024 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 210-KH/TU ngày 25/3/2024.`);
    expect(implementationsOf(extraction)).toEqual([['Ban Thường vụ Tỉnh ủy Lạng Sơn', '30-CT/TW', ['thực hiện']]]);
    expect(basesOf(extraction)).toEqual([['210-KH/TU', '30-CT/TW']]);
  });

  it('reads "<document> triển khai thực hiện <document>" as a basis', () => {
    expect(basesOf(extract('Tỉnh ủy ban hành Chương trình hành động số 25-CTr/TU thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022.'))).toEqual([
      ['25-CTr/TU', '19-NQ/TW'],
    ]);
  });

  it('reads "Căn cứ <A>, <body> ban hành <B>" as a basis, not an implementation', () => {
    const extraction = extract('Căn cứ Quyết định số 439/QĐ-TTg ngày 6/4/2021 của Thủ tướng Chính phủ, HĐND tỉnh đã ban hành Nghị quyết số 15/2022/NQ-HĐND.');
    expect(basesOf(extraction)).toEqual([['15/2022/NQ-HĐND', '439/QĐ-TTg']]);
    expect(extraction.implementations).toEqual([]);
  });
});

describe('links — meetings disseminate documents', () => {
  it('links the documents a speaker presents at the meeting, and those the meeting sentence names', () => {
    const extraction = extract(
      'Sáng 8/8, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị quán triệt Chỉ thị số 30-CT/TW. Tiếp đó, lãnh đạo Đảng ủy Khối CCQ tỉnh thông tin quán triệt Nghị quyết số 155-NQ/TU. Năm 2025, Tỉnh ủy sẽ sơ kết Nghị quyết số 20-NQ/TU.',
    );
    expect(extraction.disseminations.map((d) => codeOf(extraction, d.documentKey))).toEqual(['155-NQ/TU', '30-CT/TW']);
  });

  it('does not link what a speaker asks for ("yêu cầu các cấp ủy gắn với việc thực hiện Quyết định …")', () => {
    const extraction = extract(
      'Sáng 9/10, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị. ' +
        'Phát biểu kết luận, đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy yêu cầu các cấp ủy gắn với việc thực hiện Quyết định số 1705/QĐ-TTg ngày 31/12/2024 của Thủ tướng Chính phủ.',
    );
    expect(extraction.disseminations.map((d) => codeOf(extraction, d.documentKey))).toEqual(['71-NQ/TW']);
  });
});

describe('links — documents a body does not act on', () => {
  it('skips a document cited as an example or a comparison', () => {
    const extraction = extract(
      'Ban Thường vụ Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, đồng thời yêu cầu làm quyết liệt như khi triển khai Nghị quyết số 52-NQ/TW trước đây.',
    );
    expect(implementationsOf(extraction)).toEqual([['Ban Thường vụ Tỉnh ủy Lạng Sơn', '57-NQ/TW', ['quán triệt']]]);
  });

  it("skips another province's document that a visiting body talks about", () => {
    const extraction = extract(
      'Sáng 3/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Tham khảo kinh nghiệm của tỉnh bạn, đoàn công tác của Tỉnh ủy Lạng Sơn đã làm việc với Tỉnh ủy Cao Bằng về việc thực hiện Nghị quyết số 22-NQ/TU ngày 10/5/2021 của Tỉnh ủy Cao Bằng về phát triển du lịch.',
    );
    expect(implementationsOf(extraction).filter(([body]) => body !== 'Ban Chấp hành Đảng bộ tỉnh Cao Bằng')).toEqual([]);
  });
});

describe('links — what is not carrying a document out', () => {
  it('skips a failure or a denial ("thiếu trách nhiệm trong lãnh đạo, chỉ đạo thực hiện …", "chưa triển khai …"), not "không chỉ … mà còn"', () => {
    const implementers = (sentence: string) => implementationsOf(extract(`Sáng 8/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. ${sentence}`)).map(([, code]) => code);
    expect(implementers('Ủy ban Kiểm tra Tỉnh ủy kết luận ông A thiếu trách nhiệm trong lãnh đạo, chỉ đạo thực hiện Chỉ thị số 08-CT/TU.')).toEqual([]);
    expect(implementers('Một số chi bộ chưa triển khai Chỉ thị số 08-CT/TU.')).toEqual([]);
    expect(implementers('Tỉnh ủy không chỉ quán triệt mà còn triển khai Chỉ thị số 08-CT/TU.')).toEqual(['8-CT/TU']);
  });

  it('skips what a speaker asks for ("yêu cầu … quán triệt …"), not a request to go on ("đề nghị … tiếp tục thực hiện …")', () => {
    const implementers = (sentence: string) => implementationsOf(extract(`Sáng 8/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. ${sentence}`)).map(([, code]) => code);
    expect(implementers('Đồng chí Nguyễn Văn An yêu cầu Đảng ủy Khối đồng thời quán triệt sâu sắc Nghị quyết số 44-NQ/TW.')).toEqual([]);
    expect(implementers('Kết luận hội nghị, ông Dũng đề nghị các cơ quan quán triệt nghiêm túc Nghị định số 13/2023/NĐ-CP.')).toEqual([]);
    expect(implementers('Đồng chí đề nghị Đảng ủy Khối tiếp tục quán triệt Nghị quyết số 12-NQ/TW.')).toEqual(['12-NQ/TW']);
    // "yêu cầu" in the title of a document listed before is no request.
    expect(
      implementers('Ban Tuyên giáo Tỉnh ủy quán triệt Nghị quyết số 66-NQ/TW về đổi mới pháp luật đáp ứng yêu cầu phát triển, Nghị quyết số 68-NQ/TW về kinh tế tư nhân.'),
    ).toEqual(['66-NQ/TW', '68-NQ/TW']);
  });

  it('credits the overseen body, not the overseer ("giám sát … đối với <body> trong việc thực hiện …")', () => {
    const extraction = extract(
      'Ngày 24/10, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 12. Ủy ban Kiểm tra Tỉnh ủy đã xem xét kết quả giám sát chuyên đề đối với Ban Thường vụ Huyện ủy Cao Lộc trong việc thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.',
    );
    expect(implementationsOf(extraction)).toEqual([['Ban Thường vụ Huyện ủy Cao Lộc, tỉnh Lạng Sơn', '35-CT/TW', ['thực hiện']]]);
  });

  it('reads "tiếp tục" only in the item of a list of requests that holds the document', () => {
    const extraction = extract(
      'Đồng chí Bí thư Tỉnh ủy đề nghị Đảng ủy UBND tỉnh tiếp tục bố trí nguồn vốn; Ban Tổ chức Tỉnh ủy tham mưu ban hành Chỉ thị mới, thực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư.',
    );
    expect(implementationsOf(extraction)).toEqual([]);
  });

  it('makes every clause\'s body that drafts a plan under a front "Thực hiện <document>, …" implement it', () => {
    const extraction = extract(
      'Thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 38-KH/TU ngày 15/9/2021; Ủy ban nhân dân tỉnh ban hành Kế hoạch số 152/KH-UBND ngày 20/10/2021 triển khai thực hiện.',
    );
    expect(implementationsOf(extraction)).toEqual([
      ['Ban Thường vụ Tỉnh ủy Lạng Sơn', '6-KL/TW', ['thực hiện']],
      ['Ủy ban nhân dân tỉnh Lạng Sơn', '6-KL/TW', ['thực hiện']],
    ]);
  });

  it('reads a front "Đối với <document>, <body> đã ban hành <plan>" as the plan\'s basis and the body\'s implementation', () => {
    const extraction = extract('Đối với Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Tỉnh ủy Lạng Sơn đã ban hành Chương trình hành động số 45-CTr/TU.');
    expect(implementationsOf(extraction)).toEqual([['Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', '57-NQ/TW', ['ban hành chương trình']]]);
    expect(basesOf(extraction)).toEqual([['45-CTr/TU', '57-NQ/TW']]);
  });

  it('reads "tỉnh" in a sentence that opens in another province as that province ("Ở Đồng Tháp, UBND tỉnh …"), and a province named without "tỉnh"', () => {
    const extraction = extract(
      'Tỉnh ủy ban hành Kế hoạch số 115-KH/TU. Ở Đồng Tháp, UBND tỉnh đã ban hành Kế hoạch số 20/KH-UBND thực hiện Nghị quyết 19-NQ/TW. UBND Cà Mau ban hành Kế hoạch số 7/KH-UBND thực hiện Nghị quyết 19-NQ/TW. UBND tỉnh ban hành Kế hoạch số 9/KH-UBND.',
    );
    expect(implementationsOf(extraction)).toEqual([
      ['Ủy ban nhân dân tỉnh Đồng Tháp', '19-NQ/TW', ['ban hành kế hoạch']],
      ['Ủy ban nhân dân tỉnh Cà Mau', '19-NQ/TW', ['ban hành kế hoạch']],
    ]);
    // The next sentence is the source's province again.
    expect(nameOf(extraction, extraction.documents.find((d) => d.code === '9/KH-UBND')?.issuerKey ?? null)).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
  });

  it('gives no body what a speaker reports of many unnamed bodies ("… cho biết, 100% tỉnh ủy … đã ban hành kế hoạch thực hiện …")', () => {
    const extraction = extract(
      'Phát biểu tại hội nghị, đồng chí Nguyễn Trọng Nghĩa, Trưởng Ban Tuyên giáo Trung ương cho biết, 100% tỉnh ủy, thành ủy đã ban hành kế hoạch thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.',
    );
    expect(implementationsOf(extraction)).toEqual([]);
  });

  it('reads a front "Cụ thể hóa <document>, <body> đã ban hành …" as "Thực hiện …"', () => {
    const extraction = extract(
      'Hội Nông dân tỉnh tổ chức hội nghị tổng kết năm 2024.\n\nCụ thể hóa Chỉ thị số 26-CT/TW ngày 4/11/2023 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 215-KH/TU ngày 20/12/2023.',
    );
    expect(implementationsOf(extraction)).toEqual([['Ban Thường vụ Tỉnh ủy Lạng Sơn', '26-CT/TW', ['cụ thể hóa']]]);
    expect(basesOf(extraction)).toEqual([['215-KH/TU', '26-CT/TW']]);
  });

  it('reads a second plan of the same issuer listed after the first\'s basis as issued too, not as a basis', () => {
    const extraction = extract(
      'Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 8/6/2016 thực hiện Chỉ thị số 05-CT/TW và Kế hoạch số 08-KH/TU ngày 10/6/2021 thực hiện Kết luận số 01-KL/TW.',
    );
    expect(basesOf(extraction)).toEqual([
      ['12-KH/TU', '5-CT/TW'],
      ['8-KH/TU', '1-KL/TW'],
    ]);
    expect(implementationsOf(extraction)).toEqual([
      ['Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', '5-CT/TW', ['ban hành kế hoạch']],
      ['Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', '1-KL/TW', ['ban hành kế hoạch']],
    ]);
  });

  it('reads a name quoted in a document\'s subject as part of it, not as the sentence\'s body and verb', () => {
    const extraction = extract(
      'Sáng 17/10, Hội Nông dân tỉnh tổ chức hội nghị. Thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò của Hội Nông dân Việt Nam trong xây dựng nông thôn mới", năm 2019, Hội Nông dân tỉnh đã ký Chương trình phối hợp.',
    );
    expect(implementationsOf(extraction)).toEqual([['Hội Nông dân tỉnh Lạng Sơn', '61-KL/TW', ['thực hiện']]]);
    expect(extraction.documents.find((d) => d.code === '61-KL/TW')?.title).toMatch(/^về Đề án "Nâng cao vai trò của Hội Nông dân Việt Nam trong xây dựng nông thôn mới/);
  });

  it('makes both bodies that sign a programme under a front "Thực hiện <document>, …" implement it ("05/CTrPH-HND-SCT")', () => {
    const extraction = extract(
      'Thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư, ngày 15/3/2019, Hội Nông dân tỉnh và Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam đã ký Chương trình phối hợp số 05/CTrPH-HND-NHNo.',
    );
    expect(implementationsOf(extraction)).toEqual([
      ['Hội Nông dân tỉnh Lạng Sơn', '61-KL/TW', ['thực hiện']],
      ['Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam', '61-KL/TW', ['thực hiện']],
    ]);
    expect(extraction.documents.map((d) => [d.code, d.kind])).toContainEqual(['5/CTrPH-HND-NHNO', 'PROGRAM']);
  });

  it('reads a draft as not issued ("trình bày dự thảo Kế hoạch số 25-KH/TU"): no issuing implementation', () => {
    const extraction = extract(
      'Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Lãnh đạo Sở Khoa học và Công nghệ trình bày dự thảo Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW.',
    );
    expect(implementationsOf(extraction).filter(([, , actions]) => (actions as string[]).includes('ban hành kế hoạch'))).toEqual([]);
  });

  it('takes the term written after the issuing body ("Bộ Chính trị khóa XII ban hành Chỉ thị số 05-CT/TW")', () => {
    expect(extract('Năm 2016, Bộ Chính trị khóa XII ban hành Chỉ thị số 05-CT/TW về học tập và làm theo tư tưởng Hồ Chí Minh.').documents[0]?.term).toBe('XII');
  });

  it('gives no body the implementation a document states ("Kế hoạch cũng đặt mục tiêu tiếp tục thực hiện …")', () => {
    const extraction = extract('Sáng 8/8, Hội đồng nhân dân tỉnh tổ chức kỳ họp. Kế hoạch cũng đặt mục tiêu tiếp tục thực hiện Nghị quyết số 19-NQ/TW.');
    expect(implementationsOf(extraction)).toEqual([]);
  });
});
