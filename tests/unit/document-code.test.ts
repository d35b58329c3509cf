import {
  DocumentCode,
  normalizeDocumentCode,
  parseDocumentCode,
  tryParseDocumentCode,
  typeNameOfCode,
} from '../../src/domain/document-code';
import { canonicalTypeName, DOCUMENT_KINDS, DocumentKind, kindFromTypeName } from '../../src/domain/document-kind';
import { InvalidInputError } from '../../src/domain/errors';

/** The reason parseDocumentCode gives for `input`, after checking it is an InvalidInputError on field "code". */
function rejectionOf(input: string): string {
  try {
    parseDocumentCode(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe('code');
    return (error as InvalidInputError).reason;
  }
  throw new Error(`expected "${input}" to be rejected`);
}

const NEXT_YEAR = new Date().getFullYear() + 1;

describe('parseDocumentCode — party codes (NUMBER-TYPE/ISSUER, no year)', () => {
  it('parses 30-CT/TW into its parts', () => {
    expect(parseDocumentCode('30-CT/TW')).toEqual<DocumentCode>({
      normalized: '30-CT/TW',
      number: '30',
      typeAbbreviation: 'CT',
      issuerAbbreviation: 'TW',
      issuers: ['TW'],
      year: null,
      system: 'PARTY',
      kind: 'DIRECTIVE',
      kindCandidates: ['DIRECTIVE'],
    });
  });

  it.each<[string, string, DocumentKind]>([
    ['155-NQ/TU', 'NQ', 'RESOLUTION'],
    ['30-CT/TW', 'CT', 'DIRECTIVE'],
    ['12-KL/TW', 'KL', 'CONCLUSION'],
    ['8-QĐi/TW', 'QĐi', 'REGULATION'],
    ['5-QyĐ/TU', 'QyĐ', 'REGULATION'],
    ['3-QC/TU', 'QC', 'REGULATION'],
    ['7-TT/TW', 'TT', 'CIRCULAR'],
    ['36-HD/VPTW', 'HD', 'GUIDANCE'],
    ['12-KH/ĐUK', 'KH', 'PLAN'],
    ['25-CTr/TU', 'CTr', 'PROGRAM'],
    ['16-CTrHĐ/TU', 'CTrHĐ', 'PROGRAM'],
    ['45-BC/TU', 'BC', 'REPORT'],
    ['101-TB/TW', 'TB', 'NOTICE'],
    ['9-TTr/BTGTU', 'TTr', 'OTHER'],
    ['4-ĐA/TU', 'ĐA', 'OTHER'],
    ['52-CV/BTGTW', 'CV', 'OFFICIAL_LETTER'],
  ])('type of %s is %s (%s)', (input, typeAbbreviation, kind) => {
    const code = parseDocumentCode(input);
    expect(code).toMatchObject({ normalized: input, typeAbbreviation, kind, kindCandidates: [kind], system: 'PARTY', year: null });
  });

  it.each([
    'TW', 'TU', 'VPTW', 'BTGTW', 'BTGTU', 'UBKTTU', 'ĐUK', 'HU', 'QU', 'ĐU', 'BCSĐ', 'ĐĐ',
    'BTCTW', 'BTCTU', 'UBKTTW', 'BDVTU', 'BTGDVTW', 'QUTW', 'ĐUQSTW', 'ĐUCA', 'ĐUKCCQ', 'CB',
  ])('accepts the party issuer %s', (issuer) => {
    const code = parseDocumentCode(`15-NQ/${issuer}`);
    expect(code).toMatchObject({ normalized: `15-NQ/${issuer}`, issuerAbbreviation: issuer, issuers: [issuer], system: 'PARTY' });
  });

  it('accepts an issuer it does not know when the layout is the party one, in upper case', () => {
    expect(parseDocumentCode('12-KH/đucqđ')).toMatchObject({ normalized: '12-KH/ĐUCQĐ', issuers: ['ĐUCQĐ'], system: 'PARTY' });
  });

  it('keeps a drafting unit after the issuer in the party layout ("215-KH/TĐTN-BTG" is the Tỉnh đoàn\'s, not a state code)', () => {
    expect(parseDocumentCode('215-KH/TĐTN-BTG')).toMatchObject({
      normalized: '215-KH/TĐTN-BTG',
      issuerAbbreviation: 'TĐTN-BTG',
      issuers: ['TĐTN'],
      system: 'PARTY',
      kind: 'PLAN',
    });
    expect(parseDocumentCode('45 - kh/tđtn-tnnt').normalized).toBe('45-KH/TĐTN-TNNT');
    // The state layout keeps its own reading.
    expect(parseDocumentCode('123/QĐ-BNN-TCLN')).toMatchObject({ normalized: '123/QĐ-BNN-TCLN', system: 'STATE' });
  });

  it('reads a document\'s name as its code ("Chỉ thị số 30-CT/TW", "Kế hoạch số: 12-KH/TU"), but not another prefix', () => {
    expect(parseDocumentCode('Chỉ thị số 30-CT/TW').normalized).toBe('30-CT/TW');
    expect(parseDocumentCode('chi thi 30-CT/TW').normalized).toBe('30-CT/TW');
    expect(parseDocumentCode('Kế hoạch số: 12-KH/TU').normalized).toBe('12-KH/TU');
    expect(() => parseDocumentCode('Ban Bí thư 30-CT/TW')).toThrow(/must start with the document number/);
  });

  it('strips leading zeros from the number, so "08-QĐi/TW" and "8-QĐi/TW" match', () => {
    expect(parseDocumentCode('030-CT/TW')).toMatchObject({ normalized: '30-CT/TW', number: '30' });
    expect(parseDocumentCode('08-QĐi/TW')).toMatchObject({ normalized: '8-QĐi/TW', number: '8' });
    expect(parseDocumentCode('01/2024/TT-BGDĐT')).toMatchObject({ normalized: '1/2024/TT-BGDĐT', number: '1' });
  });
});

describe('parseDocumentCode — party QĐ: quyết định or quy định, the type name decides', () => {
  it('leaves the kind null with both candidates when no type name is given', () => {
    expect(parseDocumentCode('66-QĐ/TW')).toMatchObject({
      normalized: '66-QĐ/TW',
      typeAbbreviation: 'QĐ',
      kind: null,
      kindCandidates: ['DECISION', 'REGULATION'],
    });
  });

  it.each<[string, DocumentKind | null]>([
    ['Quy định', 'REGULATION'],
    ['quy dinh', 'REGULATION'],
    ['Qui định', 'REGULATION'],
    ['Quyết định', 'DECISION'],
    ['QUYẾT ĐỊNH', 'DECISION'],
    ['Chỉ thị', null],
    ['nonsense', null],
  ])('with type name "%s" the kind is %s', (typeName, kind) => {
    const code = parseDocumentCode('66-QĐ/TW', { typeName });
    expect(code.kind).toBe(kind);
    expect(code.kindCandidates).toEqual(['DECISION', 'REGULATION']);
    expect(code.normalized).toBe('66-QĐ/TW');
  });

  it('a type name does not override an unambiguous type', () => {
    expect(parseDocumentCode('30-CT/TW', { typeName: 'Nghị quyết' }).kind).toBe('DIRECTIVE');
  });
});

describe('parseDocumentCode — state codes', () => {
  it('parses an administrative code NUMBER/TYPE-ISSUER', () => {
    expect(parseDocumentCode('12/CT-UBND')).toEqual<DocumentCode>({
      normalized: '12/CT-UBND',
      number: '12',
      typeAbbreviation: 'CT',
      issuerAbbreviation: 'UBND',
      issuers: ['UBND'],
      year: null,
      system: 'STATE',
      kind: 'DIRECTIVE',
      kindCandidates: ['DIRECTIVE'],
    });
  });

  it('parses a normative code NUMBER/YEAR/TYPE-ISSUER', () => {
    expect(parseDocumentCode('30/2020/NĐ-CP')).toEqual<DocumentCode>({
      normalized: '30/2020/NĐ-CP',
      number: '30',
      typeAbbreviation: 'NĐ',
      issuerAbbreviation: 'CP',
      issuers: ['CP'],
      year: 2020,
      system: 'STATE',
      kind: 'DECREE',
      kindCandidates: ['DECREE'],
    });
  });

  it.each<[string, string, DocumentKind]>([
    ['155/2024/NQ-HĐND', 'NQ', 'RESOLUTION'],
    ['30/2020/NĐ-CP', 'NĐ', 'DECREE'],
    ['439/QĐ-TTg', 'QĐ', 'DECISION'],
    ['15/2023/QyĐ-UBND', 'QyĐ', 'REGULATION'],
    ['2/QC-UBND', 'QC', 'REGULATION'],
    ['12/CT-UBND', 'CT', 'DIRECTIVE'],
    ['1/2024/TT-BGDĐT', 'TT', 'CIRCULAR'],
    ['55/KH-UBND', 'KH', 'PLAN'],
    ['7/HD-SNV', 'HD', 'GUIDANCE'],
    ['210/TB-VPCP', 'TB', 'NOTICE'],
    ['88/BC-UBND', 'BC', 'REPORT'],
    ['3/CTr-UBND', 'CTr', 'PROGRAM'],
    ['14/KL-TTCP', 'KL', 'CONCLUSION'],
    ['321/CV-UBND', 'CV', 'OFFICIAL_LETTER'],
    ['45/TTr-UBND', 'TTr', 'OTHER'],
    ['6/ĐA-UBND', 'ĐA', 'OTHER'],
    ['11/PA-UBND', 'PA', 'OTHER'],
    ['5/CĐ-TTg', 'CĐ', 'OTHER'],
    ['5/2008/L-CTN', 'L', 'OTHER'],
  ])('type of %s is %s (%s)', (input, typeAbbreviation, kind) => {
    expect(parseDocumentCode(input)).toMatchObject({
      normalized: input,
      typeAbbreviation,
      kind,
      kindCandidates: [kind],
      system: 'STATE',
    });
  });

  it('keeps state QĐ (quyết định) and QyĐ (quy định) apart without a type name', () => {
    expect(parseDocumentCode('439/QĐ-TTg')).toMatchObject({ kind: 'DECISION', kindCandidates: ['DECISION'] });
    expect(parseDocumentCode('15/2023/QyĐ-UBND')).toMatchObject({ kind: 'REGULATION', kindCandidates: ['REGULATION'] });
  });

  it.each([
    ['439/QD-TTG', '439/QĐ-TTg'],
    ['12/ct-ubnd', '12/CT-UBND'],
    ['155/2024/nq-hdnd', '155/2024/NQ-HĐND'],
    ['01/2024/tt-bgddt', '1/2024/TT-BGDĐT'],
    ['15/2023/QYD-UBND', '15/2023/QyĐ-UBND'],
    ['5/ctr-ubnd', '5/CTr-UBND'],
    ['3/snv-ctxdcq', '3/SNV-CTXDCQ'],
  ])('spells %s canonically as %s', (input, normalized) => {
    expect(normalizeDocumentCode(input)).toBe(normalized);
  });

  it('parses a law NUMBER/YEAR/QH<term>', () => {
    expect(parseDocumentCode('17/2008/QH12')).toEqual<DocumentCode>({
      normalized: '17/2008/QH12',
      number: '17',
      typeAbbreviation: 'QH',
      issuerAbbreviation: 'QH12',
      issuers: ['QH12'],
      year: 2008,
      system: 'STATE',
      kind: 'LAW',
      kindCandidates: ['LAW', 'RESOLUTION'],
    });
  });

  it('reads a QH code as a resolution of the Assembly when the type name says so', () => {
    expect(parseDocumentCode('30/2021/QH15', { typeName: 'Nghị quyết' })).toMatchObject({ kind: 'RESOLUTION' });
    expect(parseDocumentCode('45/2019/qh14', { typeName: 'Bộ luật' })).toMatchObject({ normalized: '45/2019/QH14', kind: 'LAW' });
  });

  it('parses a Standing Committee code NUMBER/YEAR/UBTVQH<term>, ordinance or resolution by type name', () => {
    expect(parseDocumentCode('2/2022/UBTVQH15')).toMatchObject({
      normalized: '2/2022/UBTVQH15',
      typeAbbreviation: 'UBTVQH',
      issuers: ['UBTVQH15'],
      kind: null,
      kindCandidates: ['RESOLUTION', 'OTHER'],
    });
    expect(parseDocumentCode('2/2022/UBTVQH15', { typeName: 'Pháp lệnh' }).kind).toBe('OTHER');
  });

  it('parses a joint programme of the Front and mass organizations ("05/CTPH-MTTQ-HND")', () => {
    const code = parseDocumentCode('05/CTPH-MTTQ-HND');
    expect(code).toMatchObject({ normalized: '5/CTPH-MTTQ-HND', kind: 'PROGRAM', issuers: ['MTTQ', 'HND'], system: 'STATE' });
    expect(typeNameOfCode(code)).toBe('Chương trình phối hợp');
  });

  it('parses a joint code, listing every issuer', () => {
    expect(parseDocumentCode('55/2005/TTLT-BNV-VPCP')).toEqual<DocumentCode>({
      normalized: '55/2005/TTLT-BNV-VPCP',
      number: '55',
      typeAbbreviation: 'TTLT',
      issuerAbbreviation: 'BNV-VPCP',
      issuers: ['BNV', 'VPCP'],
      year: 2005,
      system: 'STATE',
      kind: 'CIRCULAR',
      kindCandidates: ['CIRCULAR'],
    });
  });

  it.each([
    ['1/2015/NQLT-CP-UBTWMTTQVN', 'NQLT', ['CP', 'UBTWMTTQVN'], 'RESOLUTION'],
    ['3/2010/ttlt-bca-bqp-btc', 'TTLT', ['BCA', 'BQP', 'BTC'], 'CIRCULAR'],
  ])('joint code %s has type %s and issuers %j', (input, typeAbbreviation, issuers, kind) => {
    expect(parseDocumentCode(input)).toMatchObject({ typeAbbreviation, issuers, kind });
  });

  it('treats the words after a non-joint issuer as its drafting unit, not as co-issuers', () => {
    expect(parseDocumentCode('1234/QĐ-BNN-TCLN')).toMatchObject({
      normalized: '1234/QĐ-BNN-TCLN',
      issuerAbbreviation: 'BNN-TCLN',
      issuers: ['BNN'],
    });
  });

  it('parses a công văn, which carries no type, as issuer plus drafting unit', () => {
    expect(parseDocumentCode('4912/UBND-NC')).toEqual<DocumentCode>({
      normalized: '4912/UBND-NC',
      number: '4912',
      typeAbbreviation: '',
      issuerAbbreviation: 'UBND-NC',
      issuers: ['UBND'],
      year: null,
      system: 'STATE',
      kind: 'OFFICIAL_LETTER',
      kindCandidates: ['OFFICIAL_LETTER'],
    });
    expect(normalizeDocumentCode('2817/vpcp-kgvx')).toBe('2817/VPCP-KGVX');
    expect(normalizeDocumentCode('105/SYT')).toBe('105/SYT');
  });

  it('reads an issuer that looks like a type as a công văn when the type name is "Công văn"', () => {
    expect(parseDocumentCode('1234/CT-TTHT').kind).toBe('DIRECTIVE');
    expect(parseDocumentCode('1234/CT-TTHT', { typeName: 'Công văn' })).toMatchObject({
      normalized: '1234/CT-TTHT',
      typeAbbreviation: '',
      issuers: ['CT'],
      kind: 'OFFICIAL_LETTER',
    });
  });

  it.each([
    [`1/${NEXT_YEAR}/NĐ-CP`, NEXT_YEAR],
    ['1/1945/NQ-CP', 1945],
  ])('accepts the year of %s (1945 up to next year)', (input, year) => {
    expect(parseDocumentCode(input).year).toBe(year);
  });
});

describe('parseDocumentCode — print variants', () => {
  it.each([
    ['12 - KL/TW', '12-KL/TW'],
    ['21- CT/TW', '21-CT/TW'],
    ['21-CT/ TW', '21-CT/TW'],
    ['21 -CT /TW', '21-CT/TW'],
    ['30 / CT - TW', '30-CT/TW'],
    ['  30-CT/TW  ', '30-CT/TW'],
    ['30 / 2020 / NĐ - CP', '30/2020/NĐ-CP'],
  ])('spaces: "%s" → %s', (input, normalized) => {
    expect(normalizeDocumentCode(input)).toBe(normalized);
  });

  it.each([
    ['en dash', '30\u2013CT/TW'],
    ['em dash', '30\u2014CT/TW'],
    ['minus sign', '30\u2212CT/TW'],
    ['non-breaking hyphen', '30\u2011CT/TW'],
    ['hyphen', '30\u2010CT/TW'],
    ['figure dash', '30\u2012CT/TW'],
    ['full-width hyphen', '30\uFF0DCT/TW'],
    ['non-breaking spaces', '30\u00A0-\u00A0CT/TW'],
    ['narrow no-break space', '30\u202F-CT/TW'],
    ['zero-width space', '30-\u200BCT/TW'],
    ['zero-width joiner and word joiner', '30\u200D-CT\u2060/TW'],
    ['byte order mark', '\uFEFF30-CT/TW'],
    ['soft hyphen', '30-C\u00ADT/TW'],
    ['fraction slash', '30-CT\u2044TW'],
    ['tab and line break', '30-CT/\n\tTW'],
  ])('%s is repaired', (_label, input) => {
    expect(normalizeDocumentCode(input)).toBe('30-CT/TW');
  });

  it.each([
    ['30-ct/tw', '30-CT/TW'],
    ['155-nq/tu', '155-NQ/TU'],
    ['25-ctr/tu', '25-CTr/TU'],
    ['25-CTR/TU', '25-CTr/TU'],
    ['9-ttr/tu', '9-TTr/TU'],
    ['8-qđi/tw', '8-QĐi/TW'],
    ['12-kh/đuk', '12-KH/ĐUK'],
    ['30/2020/nđ-cp', '30/2020/NĐ-CP'],
    ['439/qđ-ttg', '439/QĐ-TTg'],
  ])('case: "%s" → %s', (input, normalized) => {
    expect(normalizeDocumentCode(input)).toBe(normalized);
  });

  it.each([
    ['66-QD/TW', '66-QĐ/TW'],
    ['30/2020/ND-CP', '30/2020/NĐ-CP'],
    ['12-KH/DUK', '12-KH/ĐUK'],
    ['3-NQ/BCSD', '3-NQ/BCSĐ'],
    ['4-NQ/DU', '4-NQ/ĐU'],
    ['5-NQ/DD', '5-NQ/ĐĐ'],
    ['6-DA/TU', '6-ĐA/TU'],
    ['7-QDi/TW', '7-QĐi/TW'],
    ['8/2023/QyD-UBND', '8/2023/QyĐ-UBND'],
    ['155/2024/NQ-HDND', '155/2024/NQ-HĐND'],
    ['9/CD-TTg', '9/CĐ-TTg'],
    ['10-NQ/UBKTDU', '10-NQ/UBKTĐU'],
  ])('D typed for Đ: "%s" → %s', (input, normalized) => {
    expect(normalizeDocumentCode(input)).toBe(normalized);
  });

  it.each([
    ['HD stays hướng dẫn', '36-HD/VPTW', '36-HD/VPTW'],
    ['a D in an unknown drafting unit stays', '12/UBND-KTDN', '12/UBND-KTDN'],
  ])('D is not turned into Đ where the table has none: %s', (_label, input, normalized) => {
    expect(normalizeDocumentCode(input)).toBe(normalized);
  });

  it.each([
    ['TƯ for TW', '30-CT/TƯ', '30-CT/TW'],
    ['lower-case tư', '30-ct/tư', '30-CT/TW'],
    ['TƯ inside an issuer', '52-CV/BTGTƯ', '52-CV/BTGTW'],
    ['Ð (eth) for Đ', '12-KH/ÐUK', '12-KH/ĐUK'],
  ])('look-alike letters: %s', (_label, input, normalized) => {
    expect(normalizeDocumentCode(input)).toBe(normalized);
  });

  it('accepts NFD input and returns NFC', () => {
    // Đ has no decomposition; the letters that do are in "Số" and "TƯ".
    const nfd = 'Số: 30-CT/TƯ'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(normalizeDocumentCode(nfd)).toBe('30-CT/TW');
    expect(normalizeDocumentCode('Số 155/2024/NQ-HĐND'.normalize('NFD'))).toBe('155/2024/NQ-HĐND');
    expect(normalizeDocumentCode('30-CT/TƯ'.normalize('NFD'))).toBe('30-CT/TW');
  });

  it.each([
    ['số 30-CT/TW', '30-CT/TW'],
    ['Số 30-CT/TW', '30-CT/TW'],
    ['số: 30-CT/TW', '30-CT/TW'],
    ['Số:30/2020/NĐ-CP', '30/2020/NĐ-CP'],
    ['SỐ 155-NQ/TU', '155-NQ/TU'],
    ['so 155-NQ/TU', '155-NQ/TU'],
    ['số30-CT/TW', '30-CT/TW'],
  ])('"số" prefix: "%s" → %s', (input, normalized) => {
    expect(normalizeDocumentCode(input)).toBe(normalized);
  });

  it.each([
    ['30-CT/TW.', '30-CT/TW'],
    ['30-CT/TW,', '30-CT/TW'],
    ['30-CT/TW;', '30-CT/TW'],
    ['30-CT/TW)', '30-CT/TW'],
    ['(số 30-CT/TW).', '30-CT/TW'],
    ['“30-CT/TW”', '30-CT/TW'],
    ['17/2008/QH12:', '17/2008/QH12'],
  ])('surrounding punctuation: "%s" → %s', (input, normalized) => {
    expect(normalizeDocumentCode(input)).toBe(normalized);
  });

  it.each([
    ['30/CT-TW', '30-CT/TW'],
    ['155/NQ-TU', '155-NQ/TU'],
    ['12/KH-ĐUK', '12-KH/ĐUK'],
    ['30/CT/TW', '30-CT/TW'],
    ['30-CT-TW', '30-CT/TW'],
  ])('party code typed the state way: "%s" → %s (the party issuer decides)', (input, normalized) => {
    expect(parseDocumentCode(input)).toMatchObject({ normalized, system: 'PARTY' });
  });

  it.each([
    ['12-CT/UBND', '12/CT-UBND'],
    ['439-QĐ/TTg', '439/QĐ-TTg'],
  ])('state code typed the party way: "%s" → %s (the state issuer decides)', (input, normalized) => {
    expect(parseDocumentCode(input)).toMatchObject({ normalized, system: 'STATE' });
  });

  it.each([
    ['30 ct tw', '30-CT/TW', 'PARTY'],
    ['155 NQ TU', '155-NQ/TU', 'PARTY'],
    ['12 KH DUK', '12-KH/ĐUK', 'PARTY'],
    ['12 CT UBND', '12/CT-UBND', 'STATE'],
    ['30 2020 ND CP', '30/2020/NĐ-CP', 'STATE'],
  ])('space-separated "%s" → %s', (input, normalized, system) => {
    expect(parseDocumentCode(input)).toMatchObject({ normalized, system });
  });
});

describe('parseDocumentCode — rejections', () => {
  it.each([
    ['empty', '', 'empty'],
    ['only white space', ' \u00A0\t ', 'empty'],
    ['only the word "số"', 'số:', 'empty'],
    ['over 64 characters', `30-CT/${'T'.repeat(70)}`, 'longer than 64 characters'],
    ['no number', 'CT/TW', 'no document number'],
    ['no number, state', 'QĐ-TTg', 'no document number'],
    ['not a code', 'hello', 'not a document code'],
    ['text before the number that is no type name', 'Ban Bí thư 30-CT/TW', 'must start with the document number, but it starts with "Ban"'],
    ['a letter in the number', '12A/CT-UBND', 'number "12A" must be digits only'],
    ['number glued to the type', '30CT/TW', 'number "30CT" must be digits only'],
    ['a sentence', 'Chỉ thị về tuyên truyền', 'not a document code'],
    ['number only', '30', 'no type or issuer'],
    ['unknown party type', '30-XYZ/TW', 'document type "XYZ" is unknown'],
    ['state type on a party issuer', '30-NĐ/TW', 'document type "NĐ" is unknown'],
    ['unknown state type', '12/XYZ-UBND', 'document type "XYZ" is unknown'],
    ['type without issuer', '12/CT', 'no issuer after the type "CT"'],
    ['issuer without type', '30/TW', 'no document type before the issuer "TW"'],
    ['year without type', '123/2024/UBND-NC', 'year but no document type'],
    ['year before 1945', '30/1944/NĐ-CP', 'year 1944 is out of range'],
    ['year after next year', `30/${NEXT_YEAR + 1}/NĐ-CP`, `year ${NEXT_YEAR + 1} is out of range`],
    ['two-digit year', '30/20/NĐ-CP', 'four digits'],
    ['year on a party code', '30/2024/CT-TW', 'party code carries no year'],
    ['two party issuers', '30-CT/TW-TU', 'one issuer'],
    ['control character', '30-CT/TW\u0000', 'control characters'],
    ['escape character', '30-\u001BCT/TW', 'control characters'],
    ['C1 control', '30-CT/TW\u0085', 'control characters'],
    ['unexpected character', '30-CT/TW#1', 'unexpected character "#"'],
    ['underscore', '30_CT/TW', 'unexpected character "_"'],
    ['double separator', '30--CT/TW', 'two separators in a row'],
    ['trailing separator', '30-CT/', 'ends with "/"'],
    ['leading separator', '/30-CT/TW', 'must start with the document number'],
    ['number zero', '0-CT/TW', 'number is 0'],
    ['stray number', '30-CT/TW/5', 'unexpected number "5"'],
  ])('rejects %s', (_label, input, reasonPart) => {
    expect(rejectionOf(input)).toContain(reasonPart);
  });

  it('lists known party types when the type is unknown', () => {
    expect(rejectionOf('30-XYZ/TW')).toMatch(/known party types: NQ, CT, KL, QĐ/);
  });

  it('lists known state types when a state type is unknown', () => {
    expect(rejectionOf('12/XYZ-UBND')).toMatch(/known state types: NQ, .*NĐ/);
  });

  it('throws an InvalidInputError whose message names the field', () => {
    expect(() => parseDocumentCode('hello')).toThrow(/^code: /);
  });

  it('stays fast on long hostile strings', () => {
    const hostile = [
      ' '.repeat(100_000),
      '-'.repeat(100_000),
      '1'.repeat(1_000),
      `${'1-'.repeat(30)}x`,
      `${'. '.repeat(500)}`,
      `số ${' -/'.repeat(300)}`,
    ];
    const started = Date.now();
    for (const input of hostile) expect(tryParseDocumentCode(input)).toBeNull();
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('tryParseDocumentCode and normalizeDocumentCode', () => {
  it('returns null instead of throwing', () => {
    expect(tryParseDocumentCode('hello')).toBeNull();
    expect(tryParseDocumentCode('')).toBeNull();
  });

  it('passes the type name through', () => {
    expect(tryParseDocumentCode('66-QĐ/TW', { typeName: 'Quy định' })?.kind).toBe('REGULATION');
  });

  it('normalises to the same spelling however the code was printed', () => {
    const variants = ['30-CT/TW', '30 - ct / tw', 'Số: 30\u2013CT/TƯ.', '30/CT-TW', '030 ct tw'];
    expect(new Set(variants.map(normalizeDocumentCode))).toEqual(new Set(['30-CT/TW']));
  });

  it('is idempotent', () => {
    for (const code of ['30-CT/TW', '12/CT-UBND', '30/2020/NĐ-CP', '17/2008/QH12', '55/2005/TTLT-BNV-VPCP', '4912/UBND-NC']) {
      expect(normalizeDocumentCode(normalizeDocumentCode(code))).toBe(code);
    }
  });

  it('throws InvalidInputError from normalizeDocumentCode', () => {
    expect(() => normalizeDocumentCode('CT/TW')).toThrow(InvalidInputError);
  });
});

describe('typeNameOfCode', () => {
  it.each([
    ['7-TT/TW', 'Thông tri'],
    ['1/2024/TT-BGDĐT', 'Thông tư'],
    ['55/2005/TTLT-BNV-VPCP', 'Thông tư liên tịch'],
    ['3-QC/TU', 'Quy chế'],
    ['4912/UBND-NC', 'Công văn'],
    ['17/2008/QH12', 'Luật'],
  ])('%s is a %s', (input, name) => {
    expect(typeNameOfCode(parseDocumentCode(input))).toBe(name);
  });

  it('is null while party QĐ is ambiguous, and follows the type name once settled', () => {
    expect(typeNameOfCode(parseDocumentCode('66-QĐ/TW'))).toBeNull();
    expect(typeNameOfCode(parseDocumentCode('66-QĐ/TW', { typeName: 'Quy định' }))).toBe('Quy định');
  });
});

describe('kindFromTypeName', () => {
  it.each<[string, DocumentKind]>([
    ['Nghị quyết', 'RESOLUTION'],
    ['Chỉ thị', 'DIRECTIVE'],
    ['Kết luận', 'CONCLUSION'],
    ['Quy định', 'REGULATION'],
    ['Quy chế', 'REGULATION'],
    ['Quyết định', 'DECISION'],
    ['Hướng dẫn', 'GUIDANCE'],
    ['Kế hoạch', 'PLAN'],
    ['Chương trình', 'PROGRAM'],
    ['Báo cáo', 'REPORT'],
    ['Thông báo', 'NOTICE'],
    ['Thông tri', 'CIRCULAR'],
    ['Thông tư', 'CIRCULAR'],
    ['Thông tư liên tịch', 'CIRCULAR'],
    ['Luật', 'LAW'],
    ['Bộ luật', 'LAW'],
    ['Hiến pháp', 'LAW'],
    ['Nghị định', 'DECREE'],
    ['Công văn', 'OFFICIAL_LETTER'],
    ['Tờ trình', 'OTHER'],
    ['Đề án', 'OTHER'],
    ['Pháp lệnh', 'OTHER'],
  ])('"%s" → %s', (typeName, kind) => {
    expect(kindFromTypeName(typeName)).toBe(kind);
  });

  it.each([
    ['upper case', 'CHỈ THỊ'],
    ['no diacritics', 'chi thi'],
    ['NFD', 'Chỉ thị'.normalize('NFD')],
    ['extra spaces', '  Chỉ   thị '],
    ['non-breaking space', 'Chỉ\u00A0thị'],
    ['followed by "số"', 'Chỉ thị số'],
  ])('ignores %s', (_label, typeName) => {
    expect(kindFromTypeName(typeName)).toBe('DIRECTIVE');
  });

  it('keeps "quy định" and "quyết định" apart without diacritics', () => {
    expect(kindFromTypeName('quy dinh')).toBe('REGULATION');
    expect(kindFromTypeName('quyet dinh')).toBe('DECISION');
  });

  it.each(['', 'Bài báo', 'Chỉ', 'xyz'])('returns null for "%s"', (typeName) => {
    expect(kindFromTypeName(typeName)).toBeNull();
  });
});

describe('canonicalTypeName', () => {
  it.each<[DocumentKind, string]>([
    ['RESOLUTION', 'Nghị quyết'],
    ['DIRECTIVE', 'Chỉ thị'],
    ['CONCLUSION', 'Kết luận'],
    ['REGULATION', 'Quy định'],
    ['DECISION', 'Quyết định'],
    ['GUIDANCE', 'Hướng dẫn'],
    ['PLAN', 'Kế hoạch'],
    ['PROGRAM', 'Chương trình'],
    ['REPORT', 'Báo cáo'],
    ['NOTICE', 'Thông báo'],
    ['LAW', 'Luật'],
    ['DECREE', 'Nghị định'],
    ['CIRCULAR', 'Thông tư'],
    ['OFFICIAL_LETTER', 'Công văn'],
    ['OTHER', 'Văn bản'],
  ])('%s → "%s"', (kind, name) => {
    expect(canonicalTypeName(kind)).toBe(name);
  });

  it.each<[DocumentKind, string, 'PARTY' | 'STATE' | undefined, string]>([
    ['REGULATION', 'QC', undefined, 'Quy chế'],
    ['REGULATION', 'QĐ', 'PARTY', 'Quy định'],
    ['REGULATION', 'QyĐ', 'STATE', 'Quy định'],
    ['CIRCULAR', 'TT', 'PARTY', 'Thông tri'],
    ['CIRCULAR', 'TT', 'STATE', 'Thông tư'],
    ['CIRCULAR', 'TTLT', 'STATE', 'Thông tư liên tịch'],
    ['OTHER', 'TTr', undefined, 'Tờ trình'],
    ['OTHER', 'ĐA', undefined, 'Đề án'],
    ['OTHER', 'DA', undefined, 'Đề án'],
    ['OTHER', 'PL', undefined, 'Pháp lệnh'],
    ['OTHER', 'XYZ', undefined, 'Văn bản'],
    ['OTHER', '', undefined, 'Văn bản'],
    ['RESOLUTION', 'NQLT', 'STATE', 'Nghị quyết liên tịch'],
  ])('%s with %s (%s) → "%s"', (kind, abbreviation, system, name) => {
    expect(canonicalTypeName(kind, abbreviation, system)).toBe(name);
  });

  it('returns NFC names for every kind, and a name every kind maps back to', () => {
    for (const kind of DOCUMENT_KINDS) {
      const name = canonicalTypeName(kind);
      expect(name).toBe(name.normalize('NFC'));
      if (kind !== 'OTHER') expect(kindFromTypeName(name)).toBe(kind);
    }
  });
});
