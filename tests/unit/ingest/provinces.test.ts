import { nameKey } from '../../../src/domain/identity';
import { findProvince, localityOf, PROVINCES, provinceFromUrl, sourceProvince } from '../../../src/ingest/extract/provinces';
import { foldKeepingOffsets } from '../../../src/ingest/extract/text-view';

describe('PROVINCES — the 34 units since 1 July 2025 and the 63 before', () => {
  it('has 34 current units, 6 of them centrally-run cities', () => {
    const current = PROVINCES.filter((p) => p.current);
    expect(current).toHaveLength(34);
    expect(current.filter((p) => p.unit === 'thành phố').map((p) => p.name).sort()).toEqual(
      ['Cần Thơ', 'Huế', 'Hà Nội', 'Hải Phòng', 'Thành phố Hồ Chí Minh', 'Đà Nẵng'].sort(),
    );
  });

  it('has 63 former units, 5 of them cities, each merged into a current one', () => {
    const former = PROVINCES.filter((p) => p.former);
    expect(former).toHaveLength(63);
    expect(former.filter((p) => p.unit === 'thành phố')).toHaveLength(5);
    for (const p of former.filter((x) => !x.current)) expect(PROVINCES.find((x) => x.name === p.mergedInto)?.current).toBe(true);
  });

  it('names every unit once', () => {
    expect(new Set(PROVINCES.map((p) => nameKey(p.name))).size).toBe(PROVINCES.length);
  });

  it('finds a province by any spelling', () => {
    expect(findProvince('Thanh Hoá')?.name).toBe('Thanh Hóa');
    expect(findProvince('TP.HCM')?.name).toBe('Thành phố Hồ Chí Minh');
    expect(findProvince('Đăk Lăk')?.name).toBe('Đắk Lắk');
  });

  it('places bodies as canonical names do', () => {
    expect(localityOf(findProvince('Lạng Sơn')!)).toBe('tỉnh Lạng Sơn');
    expect(localityOf(findProvince('Hà Nội')!)).toBe('thành phố Hà Nội');
    expect(localityOf(findProvince('TP.HCM')!)).toBe('Thành phố Hồ Chí Minh');
  });
});

describe('the province of a source', () => {
  it.each<[string, string | undefined]>([
    ['https://baolangson.vn/bai-5017722.html', 'Lạng Sơn'],
    ['https://www.baoquangninh.vn/x', 'Quảng Ninh'],
    ['https://baothuathienhue.vn/x', 'Thừa Thiên Huế'],
    ['https://hanoimoi.vn/x', 'Hà Nội'],
    ['https://www.sggp.org.vn/x', 'Thành phố Hồ Chí Minh'],
    ['https://dangcongsan.vn/x', undefined],
    ['https://nhandan.vn/x', undefined],
  ])('%s → %s', (url, province) => {
    expect(provinceFromUrl(url)?.name).toBe(province);
  });

  it('reads the publisher when the url says nothing', () => {
    expect(sourceProvince({ url: null, publisher: 'Báo Cao Bằng', lowerText: '' })?.name).toBe('Cao Bằng');
  });

  it('reads the dateline of the report before counting names: one comparison with another province does not outweigh it', () => {
    const text = 'Đức Phổ phát triển đô thị\n(Báo Quảng Ngãi) - Ngày 16/7, Thị ủy Đức Phổ tổ chức hội nghị. Như tỉnh Bình Thuận đã làm theo Nghị quyết của HĐND tỉnh Bình Thuận, …';
    expect(sourceProvince({ url: null, publisher: null, lowerText: foldKeepingOffsets(text) })?.name).toBe('Quảng Ngãi');
    expect(sourceProvince({ url: null, publisher: null, lowerText: foldKeepingOffsets('(Báo Hải Dương) - Sáng 18/12, hội nghị diễn ra.') })?.name).toBe('Hải Dương');
    // A national outlet's dateline names no province: the text decides.
    expect(sourceProvince({ url: null, publisher: null, lowerText: foldKeepingOffsets('(TTXVN) - Sáng 8/8, Tỉnh ủy Sóc Trăng họp.') })?.name).toBe('Sóc Trăng');
  });

  it('reads the text last: the province it names after "tỉnh"/"Tỉnh ủy", or in a headline "Sóc Trăng: …"', () => {
    const lowerText = foldKeepingOffsets('Sóc Trăng: Hội nghị\nBí thư Tỉnh ủy Sóc Trăng dự. Đoàn công tác tỉnh Bến Tre thăm.');
    expect(sourceProvince({ url: 'https://dangcongsan.vn/x', publisher: null, lowerText })?.name).toBe('Sóc Trăng');
  });
});
