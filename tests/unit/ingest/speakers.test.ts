import { extract, nameOf } from './extract-helpers';

const MEETING = 'Sáng 8/8, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị báo cáo viên. ';

const speakersOf = (text: string) => {
  const extraction = extract(MEETING + text);
  return extraction.persons.map((p) => {
    const speech = extraction.speeches.find((s) => s.personKey === p.key);
    return { name: p.name, role: p.role, body: nameOf(extraction, p.organizationKey), topic: speech ? speech.topic : 'no speech' };
  });
};

describe('speakers — by name or by role, with their body and topic', () => {
  it('reads acting posts ("Quyền Giám đốc", "Phụ trách")', () => {
    expect(
      speakersOf('Dự hội nghị có bà Trương Thị Ngọc Ánh, Quyền Giám đốc Sở Nội vụ tỉnh; ông Nguyễn Văn Hoài, Phụ trách Sở Tài chính tỉnh.').map((p) => [p.name, p.role, p.body]),
    ).toEqual([
      ['Trương Thị Ngọc Ánh', 'Quyền Giám đốc Sở Nội vụ tỉnh', 'Sở Nội vụ tỉnh Lạng Sơn'],
      ['Nguyễn Văn Hoài', 'Phụ trách Sở Tài chính tỉnh', 'Sở Tài chính tỉnh Lạng Sơn'],
    ]);
  });

  it('reads military and school posts ("Chính ủy", "Tư lệnh", "Chỉ huy trưởng", "Hiệu trưởng"), a post ending with its body, and keeps "Tỉnh ủy viên"', () => {
    expect(
      speakersOf(
        'Thượng tá Trần Văn Hòa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu. Trung tướng Trần Hoài Trung, Tư lệnh Quân khu 7 đánh giá cao kết quả. ' +
          'Đại tá Nguyễn Văn Hào, Phó Chính ủy Quân khu 5 cho biết đơn vị đã hoàn thành. Ông Nguyễn Văn Thắng, Tỉnh ủy viên, Giám đốc Sở Y tế phát biểu. ' +
          'Ông Hoàng Minh Đức, Tỉnh ủy viên phát biểu. Ông Lê Văn Hải, Hiệu trưởng Trường THPT Chu Văn An phát biểu.',
      ).map(({ name, role, body }) => ({ name, role, body })),
    ).toEqual([
      { name: 'Trần Văn Hòa', role: 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', body: 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn' },
      { name: 'Trần Hoài Trung', role: 'Tư lệnh Quân khu 7', body: 'Quân khu 7' },
      { name: 'Nguyễn Văn Hào', role: 'Phó Chính ủy Quân khu 5', body: 'Quân khu 5' },
      { name: 'Nguyễn Văn Thắng', role: 'Tỉnh ủy viên, Giám đốc Sở Y tế', body: 'Sở Y tế tỉnh Lạng Sơn' },
      { name: 'Hoàng Minh Đức', role: 'Tỉnh ủy viên', body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn' },
      { name: 'Lê Văn Hải', role: 'Hiệu trưởng Trường THPT Chu Văn An', body: 'Trường THPT Chu Văn An' },
    ]);
    // Speeches read as opening addresses, answers to voters, and after "Đ/c".
    expect(
      speakersOf(
        'Đồng chí Lê Hồng Phong, Bí thư Tỉnh ủy đọc diễn văn khai mạc. Thượng tướng Lê Văn Cường, Thứ trưởng Bộ Công an tiếp thu, giải trình ý kiến cử tri. Đ/c Phạm Đức Ấn, Phó Chủ tịch UBND tỉnh cho biết, tỉnh đã chỉ đạo.',
      ).map(({ name, topic }) => [name, topic !== 'no speech']),
    ).toEqual([
      ['Lê Hồng Phong', true],
      ['Lê Văn Cường', true],
      ['Phạm Đức Ấn', true],
    ]);
    // "Bí thư Trung ương Đảng" is a membership: the body is the next post's.
    expect(
      speakersOf('Đồng chí Trịnh Văn Quyết, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo và Dân vận Trung ương phát biểu.').map(({ name, body }) => ({ name, body })),
    ).toEqual([{ name: 'Trịnh Văn Quyết', body: 'Ban Tuyên giáo và Dân vận Trung ương' }]);
  });

  it('reads a speaker named only by role, and the topic of "truyền đạt chuyên đề về …"', () => {
    expect(speakersOf('Tại hội nghị, các đại biểu đã được nghe lãnh đạo Sở Kế hoạch và Đầu tư truyền đạt chuyên đề về công tác quy hoạch tỉnh.')).toEqual([
      { name: null, role: 'Lãnh đạo Sở Kế hoạch và Đầu tư', body: 'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn', topic: 'công tác quy hoạch tỉnh' },
    ]);
  });

  it('makes the document a speaker "quán triệt" the topic, with its subject', () => {
    expect(speakersOf('Tiếp đó, lãnh đạo Đảng ủy Khối CCQ tỉnh thông tin quán triệt Nghị quyết số 155-NQ/TU, ngày 4/5/2024 của Tỉnh ủy về đổi mới công tác giáo dục chính trị.')).toEqual([
      {
        name: null,
        role: 'Lãnh đạo Đảng ủy Khối các cơ quan tỉnh',
        body: 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn',
        topic: 'quán triệt Nghị quyết số 155-NQ/TU về đổi mới công tác giáo dục chính trị',
      },
    ]);
  });

  it('reads "đồng chí <name>, <post>" and the body of the post', () => {
    expect(speakersOf('Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị.')).toEqual([
      { name: 'Nguyễn Văn An', role: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', topic: null },
    ]);
  });

  it.each([
    ['Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy', 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn'],
    ['Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn'],
    ['Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy Lạng Sơn'],
  ])('gives "<name>, %s" the body of the first post past memberships', (post, body) => {
    expect(speakersOf(`Đồng chí Lê Quang Tùng, ${post} phát biểu.`).map((s) => s.body)).toEqual([body]);
  });

  it.each([
    ['Tại hội nghị, ông Trần Văn Bình – Giám đốc Sở Nội vụ – cho biết toàn tỉnh đã giảm 11 phường.', 'Trần Văn Bình', 'Giám đốc Sở Nội vụ'],
    ['Anh Nguyễn Văn Hùng, Bí thư Tỉnh Đoàn chia sẻ kinh nghiệm.', 'Nguyễn Văn Hùng', 'Bí thư Tỉnh Đoàn'],
    ['TS. Phạm Văn Long, Giám đốc Sở Khoa học và Công nghệ trình bày tham luận.', 'Phạm Văn Long', 'Giám đốc Sở Khoa học và Công nghệ'],
    ['Phát biểu chỉ đạo, Trung tướng Lê Quốc Hào ghi nhận kết quả đạt được.', 'Lê Quốc Hào', null],
  ])('reads the speaker of "%s"', (sentence, name, role) => {
    const [speaker] = speakersOf(sentence);
    expect(speaker).toMatchObject({ name, role });
    expect(speaker!.topic).not.toBe('no speech');
  });

  it('reads "<post> <body> <name>" when the body could take the name for its place ("Trưởng Ban Tổ chức Thành ủy Lương Minh Tâm")', () => {
    const speakers = extract('Sáng 8/8, Thành ủy Đà Nẵng tổ chức hội nghị. Trưởng Ban Tổ chức Thành ủy Lương Minh Tâm trình bày báo cáo.', {
      url: 'https://baodanang.vn/x.html',
      publishedOn: '2024-08-09',
    });
    expect(speakers.persons.map((p) => [p.name, p.role, nameOf(speakers, p.organizationKey)])).toEqual([
      ['Lương Minh Tâm', 'Trưởng Ban Tổ chức Thành ủy', 'Ban Tổ chức Thành ủy Đà Nẵng'],
    ]);
  });

  it('reads a name after a rank ("Thượng tá Trần Văn Hòa, Phó Trưởng phòng …")', () => {
    expect(speakersOf('Thượng tá Trần Văn Hòa, Phó Trưởng phòng Cảnh sát quản lý hành chính, Công an tỉnh trình bày báo cáo.').map((s) => [s.name, s.role])).toEqual([
      ['Trần Văn Hòa', 'Phó Trưởng phòng Cảnh sát quản lý hành chính, Công an tỉnh'],
    ]);
    expect(speakersOf('Trung tá Lê Văn Bình, Trưởng phòng An ninh mạng và phòng, chống tội phạm công nghệ cao trình bày báo cáo.').map((s) => s.role)).toEqual([
      'Trưởng phòng An ninh mạng và phòng, chống tội phạm công nghệ cao',
    ]);
  });

  it('ends a post at ";" (the next person), at a comma not followed by another post, and at the full stop', () => {
    expect(speakersOf('Dự hội nghị có đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy; đồng chí Võ Văn Hưng, Chủ tịch UBND tỉnh.')).toEqual([
      { name: 'Lê Quang Tùng', role: 'Bí thư Tỉnh ủy', body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', topic: 'no speech' },
      { name: 'Võ Văn Hưng', role: 'Chủ tịch UBND tỉnh', body: 'Ủy ban nhân dân tỉnh Lạng Sơn', topic: 'no speech' },
    ]);
    expect(speakersOf('Theo đồng chí Nguyễn Minh Tâm, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, năm 2023 tỉnh đón 2 triệu lượt khách.')).toEqual([
      { name: 'Nguyễn Minh Tâm', role: 'Phó Trưởng Ban Tuyên giáo Tỉnh ủy', body: 'Ban Tuyên giáo Tỉnh ủy Lạng Sơn', topic: 'no speech' },
    ]);
  });

  it('reads "Tỉnh ủy viên, Bí thư Huyện ủy" as the Huyện ủy\'s secretary, and "hội trường" as no post', () => {
    const [chair] = speakersOf('Chiều 9/8, Huyện ủy Cao Lộc tổ chức hội nghị. Đồng chí Vũ Văn Thắng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.');
    expect(chair).toMatchObject({ name: 'Vũ Văn Thắng', role: 'Tỉnh ủy viên, Bí thư Huyện ủy', body: 'Ban Chấp hành Đảng bộ huyện Cao Lộc, tỉnh Lạng Sơn' });
    expect(speakersOf('Thảo luận tại hội trường, đại biểu Trần Thị Thu Hà đề nghị làm rõ nguồn vốn.')).toEqual([
      { name: 'Trần Thị Thu Hà', role: 'đại biểu', body: null, topic: null },
    ]);
  });

  it('reads "<post> <name>" ("Phó Bí thư Thường trực Tỉnh ủy Lại Thế Nguyên nhấn mạnh")', () => {
    expect(speakersOf('Phó Bí thư Thường trực Tỉnh ủy Lại Thế Nguyên nhấn mạnh yêu cầu.')).toEqual([
      { name: 'Lại Thế Nguyên', role: 'Phó Bí thư Thường trực Tỉnh ủy', body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', topic: null },
    ]);
  });

  it('records a chair who does not speak as a person without speech', () => {
    expect(speakersOf('Đồng chí Trần Hồng Minh, Bí thư Tỉnh ủy chủ trì hội nghị.')).toEqual([
      { name: 'Trần Hồng Minh', role: 'Bí thư Tỉnh ủy', body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', topic: 'no speech' },
    ]);
  });

  it('reads "trình bày báo cáo về …" and "đại diện <body>"', () => {
    expect(speakersOf('Đại diện Sở Tư pháp trình bày báo cáo về kết quả rà soát văn bản.')).toEqual([
      { name: null, role: 'Đại diện Sở Tư pháp', body: 'Sở Tư pháp tỉnh Lạng Sơn', topic: 'kết quả rà soát văn bản' },
    ]);
  });

  it('reads family names that fold like other words, and the name prefixes of the Central Highlands peoples', () => {
    const names = (text: string) => speakersOf(text).map((p) => p.name);
    expect(names('Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Trương Ngọc Minh đề nghị các sở phối hợp.')).toEqual(['Trương Ngọc Minh']);
    expect(names('Chị Điểu Thị Hồng Nhung, Bí thư Tỉnh đoàn cho biết kết quả.')).toEqual(['Điểu Thị Hồng Nhung']);
    expect(names('Phát biểu tại hội nghị, đồng chí Cầm Thị Phong đề nghị các cấp ủy quan tâm.')).toEqual(['Cầm Thị Phong']);
    expect(names('Thượng tá A Tuấn, Chính trị viên Ban Chỉ huy Quân sự huyện trình bày tham luận.')).toEqual(['A Tuấn']);
    expect(names('Trung tá Y Liên, Chính trị viên Ban Chỉ huy Quân sự huyện trình bày tham luận.')).toEqual(['Y Liên']);
    // "Trưởng", "Trường" and "cam kết" fold like them and are no names.
    expect(names('Trưởng Công an huyện Cao Lộc Trường Sơn phát biểu. Đồng chí Nguyễn Văn An cam kết thực hiện.')).not.toContain('Trưởng Công an');
    expect(names('Trưởng Ban Tổ chức Huyện ủy Tràng Định Hoàng Văn Nam phát biểu.')).toEqual(['Hoàng Văn Nam']);
    expect(speakersOf('Bí thư Huyện ủy Cao Lộc Hoàng Văn Nam phát biểu.')).toEqual([
      { name: 'Hoàng Văn Nam', role: 'Bí thư Huyện ủy Cao Lộc', body: 'Ban Chấp hành Đảng bộ huyện Cao Lộc, tỉnh Lạng Sơn', topic: null },
    ]);
  });

  it('does not take attendance ("đại diện Ban TVTU, UBND tỉnh") or "trong tình hình" for speakers', () => {
    expect(speakersOf('Tham dự có đại diện Ban TVTU, UBND tỉnh cùng 51 đại biểu.')).toEqual([]);
  });

  it('links no speech when the article reports no meeting', () => {
    const extraction = extract('Lãnh đạo Sở Nội vụ truyền đạt chuyên đề về cải cách hành chính.');
    expect(extraction.speeches).toEqual([]);
  });

  it('knows a person named alone later as the one named earlier with a body and role: one person, not two', () => {
    const extraction = extract(
      'Sáng 14/1, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. ' +
        'Đồng chí Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. ' +
        'Phát biểu kết luận, đồng chí Lê Thị Kim Dung đề nghị các cấp ủy triển khai nghiêm túc.',
      { url: 'https://baotuyenquang.com.vn/a.html', publisher: 'Báo Tuyên Quang', publishedOn: '2025-01-15' },
    );
    expect(extraction.persons.map((p) => ({ name: p.name, role: p.role, body: nameOf(extraction, p.organizationKey), mentions: p.mentions.length }))).toEqual([
      { name: 'Lê Thị Kim Dung', role: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh', body: 'Ban Chấp hành Đảng bộ tỉnh Tuyên Quang', mentions: 2 },
    ]);
    expect(new Set(extraction.speeches.map((s) => s.personKey))).toEqual(new Set([extraction.persons[0]!.key]));
  });

  it('knows a person named later with one of the posts given earlier as the same person, with the fuller role', () => {
    const extraction = extract(
      'Chiều 18/3, Đảng ủy Công an tỉnh tổ chức hội nghị sơ kết. Dự hội nghị có đồng chí Đỗ Văn Tiến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. ' +
        'Chủ tịch UBND tỉnh Đỗ Văn Tiến đề nghị Công an tỉnh rà soát trụ sở. Đồng chí Đỗ Văn Tiến cũng đề nghị các sở phối hợp.',
    );
    expect(extraction.persons.map((p) => ({ name: p.name, role: p.role, body: nameOf(extraction, p.organizationKey), mentions: p.mentions.length }))).toEqual([
      { name: 'Đỗ Văn Tiến', role: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', mentions: 3 },
    ]);
    expect(extraction.speeches.map((s) => s.personKey)).toEqual([extraction.persons[0]!.key, extraction.persons[0]!.key]);
  });

  it('gives no speech at a province\'s meeting to another province\'s official who speaks after it', () => {
    const extraction = extract(
      'Sáng 15/2, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị quán triệt Kết luận số 126-KL/TW. ' +
        'Phó Bí thư Thường trực Tỉnh ủy Quảng Ngãi Võ Thanh Sơn cho biết tỉnh dự kiến giảm 92 xã. Bí thư Tỉnh ủy Bắc Giang Nguyễn Văn Gấu phát biểu chỉ đạo.',
      { url: null, publisher: null, publishedOn: '2025-02-16' },
    );
    expect(extraction.speeches.map((s) => extraction.persons.find((p) => p.key === s.personKey)?.name)).toEqual(['Nguyễn Văn Gấu']);
    // Nor is what they report a figure of that meeting.
    expect(extraction.figures.map((f) => [f.value, f.meetingKey])).toEqual([[92, null]]);
  });

  it('keeps two people of one name apart when the article gives them two bodies', () => {
    const extraction = extract(
      'Sáng 8/8, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị báo cáo viên. Đồng chí Nguyễn Văn An, Bí thư Đảng ủy Khối các cơ quan tỉnh phát biểu khai mạc. ' +
        'Đồng chí Nguyễn Văn An, Giám đốc Sở Kế hoạch và Đầu tư trình bày chuyên đề. Kết luận hội nghị, đồng chí Nguyễn Văn An nhấn mạnh yêu cầu.',
    );
    expect(extraction.persons.filter((p) => p.name === 'Nguyễn Văn An').map((p) => nameOf(extraction, p.organizationKey))).toEqual([
      'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn',
      'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn',
      null,
    ]);
  });
});
