import { extract, nameOf, organizationsOf } from './extract-helpers';

const HA_NOI = { url: 'https://hanoimoi.vn/x', publishedOn: '2024-07-19' };
const NGHE_AN = { url: 'https://baonghean.vn/x', publishedOn: '2021-07-10' };
const HCM = { url: 'https://www.sggp.org.vn/x', publishedOn: '2025-07-11' };

describe('organizations — abbreviations resolved to one canonical name, "tỉnh" to the source province', () => {
  it('reads "Phát triển" inside a name ("Ngân hàng Phát triển Việt Nam")', () => {
    expect(organizationsOf(extract('Ngân hàng Phát triển Việt Nam bố trí gói tín dụng cho doanh nghiệp.'))).toEqual(['Ngân hàng Phát triển Việt Nam']);
  });

  it('reads "Tỉnh ủy" after another province\'s body in the same sentence as that province\'s, and the next sentence as the source\'s', () => {
    const extraction = extract('Ban Thường vụ Tỉnh ủy Hải Dương đã tổ chức hội nghị ngày 19/7; Bí thư Tỉnh ủy Trần Đức Thắng yêu cầu đẩy nhanh giải ngân. Tỉnh ủy ban hành Kế hoạch số 5-KH/TU.');
    expect(extraction.persons.map((p) => [p.name, nameOf(extraction, p.organizationKey)])).toEqual([['Trần Đức Thắng', 'Ban Chấp hành Đảng bộ tỉnh Hải Dương']]);
    expect(nameOf(extraction, extraction.documents[0]?.issuerKey ?? null)).toBe('Ban Chấp hành Đảng bộ tỉnh Lạng Sơn');
  });

  it('reads the national mass organisations, not the Party\'s Central Committee ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam")', () => {
    expect(organizationsOf(extract('Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng Bằng khen. Hội Liên hiệp Phụ nữ Việt Nam phát động phong trào.'))).toEqual([
      'Trung ương Hội Nông dân Việt Nam',
      'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    ]);
  });

  it('does not take a building named after a body for the body ("Hội trường Diên Hồng, Nhà Quốc hội")', () => {
    expect(organizationsOf(extract('Hội nghị được tổ chức tại Hội trường Diên Hồng, Nhà Quốc hội. Quốc hội thông qua Luật Đất đai.'))).toEqual(['Quốc hội']);
    expect(extract('Hội nghị được tổ chức tại Hội trường Diên Hồng, Nhà Quốc hội.').organizations).toEqual([]);
  });

  it.each<[string, string]>([
    ['Sáng 8/8, Đảng ủy Khối các cơ quan (CCQ) tỉnh tổ chức hội nghị.', 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn'],
    ['Lãnh đạo Đảng ủy Khối CCQ tỉnh phát biểu.', 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn'],
    ['Đảng bộ Khối CCQ tỉnh đã tổ chức hội nghị.', 'Đảng bộ Khối các cơ quan tỉnh Lạng Sơn'],
    ['Nghị quyết của Tỉnh ủy.', 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn'],
    ['Nghị quyết của Ban Chấp hành Đảng bộ tỉnh.', 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn'],
    ['Ban TVTU đề nghị các cấp ủy.', 'Ban Thường vụ Tỉnh ủy Lạng Sơn'],
    ['Ban Thường vụ Tỉnh ủy ban hành kế hoạch.', 'Ban Thường vụ Tỉnh ủy Lạng Sơn'],
    ['Thường trực Tỉnh ủy làm việc.', 'Thường trực Tỉnh ủy Lạng Sơn'],
    ['Ban Tuyên giáo Tỉnh ủy chủ trì.', 'Ban Tuyên giáo Tỉnh ủy Lạng Sơn'],
    ['Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn'],
    ['Ủy ban Kiểm tra Tỉnh ủy sơ kết.', 'Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn'],
    ['UBND tỉnh ban hành quyết định.', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ['Ủy ban nhân dân tỉnh ban hành quyết định.', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ['HĐND tỉnh khai mạc kỳ họp.', 'Hội đồng nhân dân tỉnh Lạng Sơn'],
    ['Ủy ban MTTQ Việt Nam tỉnh phát động.', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn'],
    ['MTTQ tỉnh phát động.', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn'],
    ['Lãnh đạo Sở KH&ĐT báo cáo.', 'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn'],
    ['Lãnh đạo Sở Kế hoạch và Đầu tư báo cáo.', 'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn'],
    ['Sở GD&ĐT tổng kết năm học.', 'Sở Giáo dục và Đào tạo tỉnh Lạng Sơn'],
    ['Sở LĐ-TB&XH hỗ trợ.', 'Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn'],
    ['Sở NN&PTNT báo cáo.', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn'],
    ['Tỉnh đoàn phát động.', 'Tỉnh đoàn Lạng Sơn'],
    ['Hội Nông dân tỉnh vận động.', 'Hội Nông dân tỉnh Lạng Sơn'],
    ['Liên đoàn Lao động tỉnh hỗ trợ.', 'Liên đoàn Lao động tỉnh Lạng Sơn'],
    ['Trưởng đoàn Đại biểu Quốc hội tỉnh phát biểu.', 'Đoàn Đại biểu Quốc hội tỉnh Lạng Sơn'],
    ['Chỉ thị của Ban Bí thư.', 'Ban Bí thư Trung ương Đảng'],
    ['Nghị quyết của Ban Chấp hành Trung ương Đảng khóa XIII.', 'Ban Chấp hành Trung ương Đảng'],
    ['Ủy viên Trung ương Đảng dự hội nghị.', 'Ban Chấp hành Trung ương Đảng'],
    ['Kết luận của Bộ Chính trị.', 'Bộ Chính trị'],
    ['Văn phòng Trung ương Đảng hướng dẫn.', 'Văn phòng Trung ương Đảng'],
    ['Ban Tuyên giáo Trung ương hướng dẫn.', 'Ban Tuyên giáo Trung ương'],
    ['Nghị định của Chính phủ.', 'Chính phủ'],
    ['Quyết định của Thủ tướng Chính phủ.', 'Thủ tướng Chính phủ'],
    ['Luật của Quốc hội.', 'Quốc hội'],
    ['Thông tư của Bộ Nội vụ.', 'Bộ Nội vụ'],
  ])('%s → %s', (text, name) => {
    expect(organizationsOf(extract(text))).toEqual([name]);
  });

  it.each(['Cao Lộc', 'Văn Quan', 'Đình Lập', 'Văn Lãng'])('reads "Ban Thường vụ Huyện ủy %s" though the district starts like a family name', (district) => {
    expect(organizationsOf(extract(`Ngày 15/8/2024, Ban Thường vụ Huyện ủy ${district} đã ban hành Kế hoạch số 12-KH/HU về đại hội.`))).toEqual(
      expect.arrayContaining([`Ban Thường vụ Huyện ủy ${district}, tỉnh Lạng Sơn`]),
    );
  });

  it.each([
    ['Thành ủy TP. Hồ Chí Minh', 'Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh'],
    ['Thành ủy TP.HCM', 'Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh'],
    ['Thành ủy Thành phố Hồ Chí Minh', 'Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh'],
    ['Thành ủy TP Đà Nẵng', 'Ban Chấp hành Đảng bộ thành phố Đà Nẵng'],
  ])('reads "%s" as the city\'s committee, whatever the spelling of its unit', (written, name) => {
    expect(organizationsOf(extract(`Sáng 9/8, ${written} tổ chức hội nghị.`, { url: 'https://example.vn/x', publishedOn: '2024-08-09' }))).toEqual([name]);
  });

  it('reads "Đảng ủy <state agency>" as that agency\'s party committee, which issues party documents', () => {
    const extraction = extract('Sáng 8/8, Đảng ủy Công an tỉnh ban hành Chương trình hành động số 18-CTr/ĐU. Công an tỉnh tổ chức hội nghị.');
    expect(organizationsOf(extraction)).toEqual(['Đảng ủy Công an tỉnh Lạng Sơn', 'Công an tỉnh Lạng Sơn']);
    expect(extraction.organizations.find((o) => o.name === 'Đảng ủy Công an tỉnh Lạng Sơn')?.kind).toBe('PARTY_COMMITTEE');
    expect(extraction.documents.find((d) => d.code === '18-CTr/ĐU')?.issuerKey).toBe('dang uy cong an tinh lang son');
  });

  it('reads the party committees of the police and the army, central and provincial', () => {
    const extraction = extract(
      'Thực hiện Kế hoạch số 45-KH/ĐUCA ngày 20/5/2022 của Đảng ủy Công an Trung ương, Đảng ủy Công an tỉnh đã ban hành Chương trình số 18-CTr/ĐU. ' +
        'Đảng ủy Quân sự tỉnh quán triệt Nghị quyết số 51-NQ/TW của Quân ủy Trung ương.',
    );
    expect(organizationsOf(extraction)).toEqual(['Đảng ủy Công an Trung ương', 'Đảng ủy Công an tỉnh Lạng Sơn', 'Đảng ủy Quân sự tỉnh Lạng Sơn', 'Quân ủy Trung ương']);
    expect(extraction.organizations.every((o) => o.kind === 'PARTY_COMMITTEE')).toBe(true);
    expect(extraction.documents.find((d) => d.code === '45-KH/ĐUCA')?.issuerKey).toBe('dang uy cong an trung uong');
  });

  it('reads enterprises, schools, hospitals and banks by their own names, and the party bodies inside them', () => {
    const extraction = extract(
      'Sáng 18/9, Đảng ủy phường Tam Thanh tổ chức hội nghị quán triệt Nghị quyết số 70-NQ/TW ngày 20/8/2025 của Bộ Chính trị. ' +
        'Cùng ngày, Đảng ủy Công ty Điện lực Lạng Sơn ban hành Kế hoạch số 21-KH/ĐU thực hiện Nghị quyết số 70-NQ/TW. ' +
        'Đảng ủy Trường Đại học Sư phạm Hà Nội cũng tổ chức hội nghị quán triệt Nghị quyết số 70-NQ/TW. ' +
        'Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam và Tổng công ty Điện lực miền Bắc báo cáo. ' +
        'Đảng ủy Bệnh viện Đa khoa tỉnh, Ngân hàng Chính sách xã hội tỉnh, Công ty TNHH MTV Cấp thoát nước Lạng Sơn và Đảng bộ Trường THPT Chu Văn An tham dự.',
    );
    const byName = new Map(extraction.organizations.map((o) => [o.name, o]));
    expect([...byName.keys()].sort()).toEqual(
      [
        'Bộ Chính trị',
        'Công ty TNHH MTV Cấp thoát nước Lạng Sơn',
        'Ngân hàng Chính sách xã hội tỉnh Lạng Sơn',
        'Tổng công ty Điện lực miền Bắc',
        'Đảng bộ Trường THPT Chu Văn An',
        'Đảng ủy Bệnh viện Đa khoa tỉnh Lạng Sơn',
        'Đảng ủy Công ty Điện lực Lạng Sơn',
        'Đảng ủy Trường Đại học Sư phạm Hà Nội',
        'Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam',
        'Đảng ủy phường Tam Thanh, tỉnh Lạng Sơn',
      ].sort(),
    );
    // A name ending with a province's is in that province; one without a place is in none.
    expect(byName.get('Đảng ủy Công ty Điện lực Lạng Sơn')?.province).toBe('Lạng Sơn');
    expect(byName.get('Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam')?.province).toBeNull();
    expect(byName.get('Đảng bộ Trường THPT Chu Văn An')?.kind).toBe('PARTY_ORGANIZATION');
    expect(nameOf(extraction, extraction.documents.find((d) => d.code === '21-KH/ĐU')?.issuerKey ?? null)).toBe('Đảng ủy Công ty Điện lực Lạng Sơn');
    // The ward's committee, named earlier, is not what the "Đảng ủy" of the university's sentence refers to.
    expect(extraction.implementations.map((i) => nameOf(extraction, i.organizationKey)).sort()).toEqual(
      ['Đảng ủy Công ty Điện lực Lạng Sơn', 'Đảng ủy Trường Đại học Sư phạm Hà Nội', 'Đảng ủy phường Tam Thanh, tỉnh Lạng Sơn'].sort(),
    );
  });

  it('reads the party bodies inside state bodies: Ban cán sự đảng, Đảng đoàn, a ministry\'s Đảng ủy', () => {
    const extraction = extract(
      'Ngày 12/11, Ban Cán sự đảng Bộ Y tế đã ban hành Kế hoạch số 245-KH/BCSĐ thực hiện Kết luận số 86-KL/TW ngày 10/7/2024 của Bộ Chính trị. ' +
        'Chiều 5/11, Đảng ủy Bộ Y tế tổ chức hội nghị quán triệt Kết luận số 86-KL/TW. ' +
        'Ban cán sự đảng UBND tỉnh ban hành Kế hoạch số 12-KH/BCSĐ. Đảng đoàn HĐND tỉnh cũng ban hành Kế hoạch số 05-KH/ĐĐ.',
    );
    const issuerOf = (code: string) => nameOf(extraction, extraction.documents.find((d) => d.code === code)?.issuerKey ?? null);
    expect(issuerOf('245-KH/BCSĐ')).toBe('Ban cán sự đảng Bộ Y tế');
    expect(issuerOf('12-KH/BCSĐ')).toBe('Ban cán sự đảng Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(issuerOf('5-KH/ĐĐ')).toBe('Đảng đoàn Hội đồng nhân dân tỉnh Lạng Sơn');
    expect(nameOf(extraction, extraction.meetings[0]?.organizerKey ?? null)).toBe('Đảng ủy Bộ Y tế');
    expect(organizationsOf(extraction)).not.toContain('Bộ Y tế');
  });

  it('reads provincial courts and procuracies, and the supreme ones', () => {
    const extraction = extract(
      'Chiều 8/1, Tòa án nhân dân tỉnh tổ chức hội nghị. Ông Nguyễn Văn Thắng, Chánh án TAND tỉnh cho biết, TAND tỉnh đã thụ lý 1.245 vụ án. ' +
        'Bà Đỗ Thị Hà, Viện trưởng VKSND tỉnh đề nghị tăng cường phối hợp với Viện Kiểm sát nhân dân tối cao.',
    );
    expect(organizationsOf(extraction).sort()).toEqual(['Tòa án nhân dân tỉnh Lạng Sơn', 'Viện Kiểm sát nhân dân tỉnh Lạng Sơn', 'Viện Kiểm sát nhân dân tối cao'].sort());
    expect(extraction.persons.map((p) => [p.name, p.role, nameOf(extraction, p.organizationKey)])).toEqual([
      ['Nguyễn Văn Thắng', 'Chánh án TAND tỉnh', 'Tòa án nhân dân tỉnh Lạng Sơn'],
      ['Đỗ Thị Hà', 'Viện trưởng VKSND tỉnh', 'Viện Kiểm sát nhân dân tỉnh Lạng Sơn'],
    ]);
  });

  it('reads the bloc of agencies and enterprises of 2025 ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh")', () => {
    const extraction = extract('Sáng 20/11, Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh tổ chức hội nghị. Ban Thường vụ Đảng ủy Khối đã ban hành Kế hoạch số 58-KH/ĐUK.');
    expect(organizationsOf(extraction)).toEqual([
      'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Lạng Sơn',
      'Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Lạng Sơn',
    ]);
  });

  it('places a commune by the province written after it, and keeps the district of a numbered ward', () => {
    expect(organizationsOf(extract('Sáng 18/9, Đảng ủy xã Tân Kỳ, tỉnh Nghệ An và Đảng ủy phường Tam Thanh tổ chức hội nghị.'))).toEqual([
      'Đảng ủy xã Tân Kỳ, tỉnh Nghệ An',
      'Đảng ủy phường Tam Thanh, tỉnh Lạng Sơn',
    ]);
    expect(
      organizationsOf(extract('Sáng 20-5, Quận ủy Quận 3 và Bí thư Quận ủy quận Gò Vấp dự. Đảng ủy phường 5, quận 3 và Đảng ủy phường 5, quận Gò Vấp cũng dự.', HCM)),
    ).toEqual([
      'Ban Chấp hành Đảng bộ quận 3, Thành phố Hồ Chí Minh',
      'Ban Chấp hành Đảng bộ quận Gò Vấp, Thành phố Hồ Chí Minh',
      'Đảng ủy phường 5, quận 3, Thành phố Hồ Chí Minh',
      'Đảng ủy phường 5, quận Gò Vấp, Thành phố Hồ Chí Minh',
    ]);
  });

  it('reads a bare commune ("UBND phường", "HĐND phường") as the commune last named in full', () => {
    const extraction = extract(
      'Sáng 18/9, Đảng ủy phường Tam Thanh tổ chức hội nghị. Đồng chí Lê Quang Vinh, Chủ tịch UBND phường thông tin về dự thảo chương trình. Ủy ban MTTQ Việt Nam phường và HĐND phường cùng tham dự.',
    );
    expect(organizationsOf(extraction)).toEqual([
      'Đảng ủy phường Tam Thanh, tỉnh Lạng Sơn',
      'Ủy ban nhân dân phường Tam Thanh, tỉnh Lạng Sơn',
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường Tam Thanh, tỉnh Lạng Sơn',
      'Hội đồng nhân dân phường Tam Thanh, tỉnh Lạng Sơn',
    ]);
    expect(extraction.persons.map((p) => nameOf(extraction, p.organizationKey))).toEqual(['Ủy ban nhân dân phường Tam Thanh, tỉnh Lạng Sơn']);
  });

  it('reads the standing board of a party committee inside a body, and places named with an apostrophe', () => {
    const extraction = extract('Ban Thường vụ Đảng ủy Công an tỉnh ban hành Kế hoạch số 45-KH/ĐU ngày 2/4/2024. Công an huyện Cư M\'gar và Công an huyện Ea H\'leo tham dự.', {
      url: 'https://baodaklak.vn/x',
      publishedOn: '2024-07-10',
    });
    expect(organizationsOf(extraction)).toEqual([
      'Ban Thường vụ Đảng ủy Công an tỉnh Đắk Lắk',
      "Công an huyện Cư M'gar, tỉnh Đắk Lắk",
      "Công an huyện Ea H'leo, tỉnh Đắk Lắk",
    ]);
    expect(nameOf(extraction, extraction.documents[0]?.issuerKey ?? null)).toBe('Ban Thường vụ Đảng ủy Công an tỉnh Đắk Lắk');
  });

  it('reads wards and communes named after people ("phường Phan Đình Phùng"), not a person after a post ("Bí thư Đảng ủy xã Trần Văn A")', () => {
    expect(organizationsOf(extract('Sáng 17/10, Ủy ban MTTQ Việt Nam phường Phan Đình Phùng tổ chức lễ phát động. Đảng ủy phường Hoàng Văn Thụ ban hành Kế hoạch số 05-KH/ĐU.'))).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường Phan Đình Phùng, tỉnh Lạng Sơn',
      'Đảng ủy phường Hoàng Văn Thụ, tỉnh Lạng Sơn',
    ]);
    expect(organizationsOf(extract('Bí thư Đảng ủy xã Trần Văn Bình phát biểu.'))).not.toContain('Đảng ủy xã Trần Văn Bình, tỉnh Lạng Sơn');
  });

  it('reads the Youth Union below the province by its full name, and at the province as the Tỉnh đoàn', () => {
    expect(organizationsOf(extract('Sáng 17/10, Đảng ủy phường Tam Thanh tổ chức hội nghị. Đoàn Thanh niên phường giúp 5 hộ gia đình. Đoàn Thanh niên tỉnh tham dự.'))).toEqual([
      'Đảng ủy phường Tam Thanh, tỉnh Lạng Sơn',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Tam Thanh, tỉnh Lạng Sơn',
      'Tỉnh đoàn Lạng Sơn',
    ]);
  });

  it('reads military regions by number, their commands and party committees ("Đảng ủy Quân khu 7", "Bộ Tư lệnh Quân khu 7")', () => {
    const extraction = extract(
      'Sáng 12/3, Đảng ủy Quân khu 7 tổ chức hội nghị quán triệt Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư. ' +
        'Bộ Tư lệnh Quân khu 7 đã ban hành Kế hoạch số 125/KH-BTL. Năm 2023, Quân khu 7 đã tổ chức 45 lớp tập huấn. Thành phần quân khu gồm các đơn vị.',
    );
    const byName = new Map(extraction.organizations.map((o) => [o.name, o]));
    expect([...byName.keys()].sort()).toEqual(['Ban Bí thư Trung ương Đảng', 'Bộ Tư lệnh Quân khu 7', 'Quân khu 7', 'Đảng ủy Quân khu 7'].sort());
    expect(byName.get('Đảng ủy Quân khu 7')?.kind).toBe('PARTY_COMMITTEE');
    expect(byName.get('Quân khu 7')?.province).toBeNull();
    expect(byName.get('Bộ Tư lệnh Quân khu 7')?.parentKey).toBe(byName.get('Quân khu 7')?.key);
    expect(nameOf(extraction, extraction.meetings[0]?.organizerKey ?? null)).toBe('Đảng ủy Quân khu 7');
    expect(nameOf(extraction, extraction.documents.find((d) => d.code === '125/KH-BTL')?.issuerKey ?? null)).toBe('Bộ Tư lệnh Quân khu 7');
    expect(extraction.implementations.map((i) => nameOf(extraction, i.organizationKey))).toEqual(['Đảng ủy Quân khu 7']);
    expect(extraction.figures.map((f) => [f.value, nameOf(extraction, f.organizationKey)])).toEqual([[45, 'Quân khu 7']]);
  });

  it('tells the Youth Union\'s central bodies from the party\'s ("Ban Bí thư Trung ương Đoàn" is not the Secretariat)', () => {
    const extraction = extract(
      'Tỉnh đoàn ban hành Kế hoạch số 215-KH/TĐTN-BTG triển khai Chương trình số 12-CTr/TWĐTN-BTG của Ban Bí thư Trung ương Đoàn. Ban Bí thư Trung ương Đảng chỉ đạo.',
    );
    expect(organizationsOf(extraction)).toEqual(expect.arrayContaining(['Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh', 'Ban Bí thư Trung ương Đảng']));
    expect(extraction.documents.map((d) => [d.code, nameOf(extraction, d.issuerKey)])).toEqual([
      ['215-KH/TĐTN-BTG', expect.stringMatching(/^Tỉnh đoàn/)],
      ['12-CTr/TWĐTN-BTG', 'Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh'],
    ]);
  });

  it('reads steering committees by their number ("Ban Chỉ đạo 35 tỉnh", "BCĐ 389 tỉnh"), and the Government\'s party committee', () => {
    const extraction = extract(
      'Sáng 3/10, Ban Chỉ đạo 35 tỉnh tổ chức hội nghị. Chiều cùng ngày, BCĐ 389 tỉnh họp phiên thường kỳ. Ban Chỉ đạo 389 tỉnh kiểm tra. ' +
        'Bộ Chính trị giao Đảng ủy Chính phủ chủ trì; Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự.',
    );
    expect(extraction.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Ban Chỉ đạo 35 tỉnh Lạng Sơn', 'OTHER'],
      ['Ban Chỉ đạo 389 tỉnh Lạng Sơn', 'OTHER'],
      ['Bộ Chính trị', 'PARTY_COMMITTEE'],
      ['Đảng ủy Chính phủ', 'PARTY_COMMITTEE'],
      ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'MASS_ORGANIZATION'],
    ]);
  });

  it('reads a district\'s Youth Union ("Huyện Đoàn Bù Gia Mập", "Thị Đoàn Chơn Thành"), whose figures are its own', () => {
    const extraction = extract('Năm 2024, Huyện Đoàn Cao Lộc thực hiện 9 công trình; Thị Đoàn Đồng Đăng tổ chức 2.300 lượt tình nguyện.');
    expect(extraction.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Huyện đoàn Cao Lộc, tỉnh Lạng Sơn', 'MASS_ORGANIZATION'],
      ['Thị đoàn Đồng Đăng, tỉnh Lạng Sơn', 'MASS_ORGANIZATION'],
    ]);
    expect(extraction.figures.map((f) => nameOf(extraction, f.organizationKey))).toEqual(['Huyện đoàn Cao Lộc, tỉnh Lạng Sơn', 'Thị đoàn Đồng Đăng, tỉnh Lạng Sơn']);
  });

  it('reads a name through the abbreviation in parentheses inside it ("Ủy ban Kiểm tra (UBKT) Huyện ủy"), quoting it as written', () => {
    const extraction = extract(
      'Ngày 9/10, Ban Chấp hành (BCH) Đảng bộ huyện Cao Lộc tổ chức hội nghị. Ủy ban Kiểm tra (UBKT) Huyện ủy đã kiểm tra 3 tổ chức đảng. ' +
        'Ban Thường vụ (BTV) Huyện ủy Cao Lộc chỉ đạo thực hiện Kế hoạch (số 12-KH/HU).',
    );
    expect(extraction.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Ban Chấp hành Đảng bộ huyện Cao Lộc, tỉnh Lạng Sơn', ['Ban Chấp hành (BCH) Đảng bộ huyện Cao Lộc']],
      ['Ủy ban Kiểm tra Huyện ủy Cao Lộc, tỉnh Lạng Sơn', ['Ủy ban Kiểm tra (UBKT) Huyện ủy']],
      ['Ban Thường vụ Huyện ủy Cao Lộc, tỉnh Lạng Sơn', ['Ban Thường vụ (BTV) Huyện ủy Cao Lộc']],
    ]);
    expect(extraction.organizations[1]!.mentions[0]!.quote).toContain('(UBKT)');
    expect(extraction.documents.map((d) => d.code)).toEqual(['12-KH/HU']);
  });

  it('keeps every spelling met as an alias of the canonical name', () => {
    const extraction = extract('Đảng ủy Khối các cơ quan (CCQ) tỉnh tổ chức hội nghị. Lãnh đạo Đảng ủy Khối CCQ tỉnh phát biểu.');
    expect(extraction.organizations).toEqual([
      expect.objectContaining({
        name: 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn',
        aliases: ['Đảng ủy Khối các cơ quan (CCQ) tỉnh', 'Đảng ủy Khối CCQ tỉnh'],
        province: 'Lạng Sơn',
        kind: 'PARTY_COMMITTEE',
      }),
    ]);
  });

  it('links a committee to its parent and to the party organization it leads, when both are named', () => {
    const extraction = extract('Tỉnh ủy chỉ đạo. Đảng ủy Khối CCQ tỉnh lãnh đạo Đảng bộ Khối CCQ tỉnh.');
    const committee = extraction.organizations.find((o) => o.name === 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn');
    expect(committee).toMatchObject({ parentKey: 'ban chap hanh dang bo tinh lang son', leadsKey: 'dang bo khoi cac co quan tinh lang son' });
  });

  it('uses a province written in the text over the source province', () => {
    expect(organizationsOf(extract('Đoàn công tác của UBND tỉnh Cao Bằng và Tỉnh ủy Bắc Giang.'))).toEqual([
      'Ủy ban nhân dân tỉnh Cao Bằng',
      'Ban Chấp hành Đảng bộ tỉnh Bắc Giang',
    ]);
  });

  it('reads "Thành ủy" and "thành phố" of a centrally-run city as the city itself', () => {
    expect(organizationsOf(extract('Ban Thường vụ Thành ủy chỉ đạo; UBND thành phố và Sở Văn hóa và Thể thao thành phố triển khai.', HA_NOI))).toEqual([
      'Ban Thường vụ Thành ủy Hà Nội',
      'Ủy ban nhân dân thành phố Hà Nội',
      'Sở Văn hóa và Thể thao thành phố Hà Nội',
    ]);
    expect(organizationsOf(extract('Đảng ủy UBND Thành phố Hồ Chí Minh và UBND TP.HCM phối hợp.', HCM))).toEqual([
      'Đảng ủy Ủy ban nhân dân Thành phố Hồ Chí Minh',
      'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    ]);
  });

  it('places district and commune bodies under their province, and reads a bare "Huyện ủy" as the last one named', () => {
    const text = 'Ban Thường vụ Huyện ủy Nghi Lộc họp; UBND huyện Hưng Nguyên và Đảng ủy xã Nghi Long dự. Ban Tuyên giáo Huyện ủy báo cáo.';
    expect(organizationsOf(extract(text, NGHE_AN))).toEqual([
      'Ban Thường vụ Huyện ủy Nghi Lộc, tỉnh Nghệ An',
      'Ủy ban nhân dân huyện Hưng Nguyên, tỉnh Nghệ An',
      'Đảng ủy xã Nghi Long, tỉnh Nghệ An',
      'Ban Tuyên giáo Huyện ủy Nghi Lộc, tỉnh Nghệ An',
    ]);
  });

  it('reads a city under a province ("Thành ủy Lạng Sơn" in Lạng Sơn) as district level', () => {
    expect(organizationsOf(extract('Thành ủy Lạng Sơn tổ chức hội nghị.'))).toEqual(['Ban Chấp hành Đảng bộ thành phố Lạng Sơn, tỉnh Lạng Sơn']);
  });

  it('does not take the person after a post for a place ("Bí thư Thành ủy Đỗ Mạnh Hiến")', () => {
    expect(organizationsOf(extract('Phó Bí thư Thường trực Thành ủy Đỗ Mạnh Hiến chủ trì.', { url: 'https://baohaiphong.vn/x' }))).toEqual([
      'Ban Chấp hành Đảng bộ thành phố Hải Phòng',
    ]);
  });

  it('keeps the name of another local body as written before its locality ("Ban Chỉ huy Phòng thủ dân sự tỉnh")', () => {
    expect(organizationsOf(extract('Ban Chỉ huy Phòng thủ dân sự tỉnh họp trực tuyến.'))).toEqual(['Ban Chỉ huy Phòng thủ dân sự tỉnh Lạng Sơn']);
  });

  it('reads a header in capitals', () => {
    expect(organizationsOf(extract('ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH'))).toEqual([
      'Đảng bộ tỉnh Lạng Sơn',
      'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn',
    ]);
  });

  it('does not read bodies in common words, generic mentions or names of documents', () => {
    expect(
      organizationsOf(
        extract(
          'Văn bản số 12 nêu rõ vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, các cấp ủy đảng trong Đảng bộ; các nghị quyết Hội nghị Trung ương 8, khóa XIII.',
        ),
      ),
    ).toEqual([]);
  });

  it('leaves "tỉnh" unresolved, with a warning, when the source province is unknown', () => {
    const extraction = extract('UBND tỉnh ban hành quyết định.', { url: 'https://dangcongsan.vn/x' });
    expect(organizationsOf(extraction)).toEqual([]);
    expect(extraction.warnings).toContain(
      'The province of the source is unknown (no provincial url, publisher or place in the text): "tỉnh" is left unresolved.',
    );
  });

  it('says nothing of the province when the text never says "tỉnh" (not even in "tình hình")', () => {
    const extraction = extract('Trong tình hình mới, đội tuyển bóng đá giành chiến thắng thuyết phục.', { url: 'https://thethao.vn/x' });
    expect(extraction.warnings.filter((w) => w.includes('province'))).toEqual([]);
  });
});
