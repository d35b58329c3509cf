import { InvalidInputError } from '../../src/domain/errors';
import { provinceArgument } from '../../src/graphql/common/province';

describe('provinceArgument', () => {
  it.each([
    ['Lạng Sơn', 'Lạng Sơn'],
    ['lang son', 'Lạng Sơn'],
    ['LẠNG SƠN'.normalize('NFD'), 'Lạng Sơn'],
    ['Tỉnh Lạng Sơn', 'Lạng Sơn'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Hà Giang', 'Hà Giang'],
    ['thành phố Huế', 'Huế'],
  ])('reads "%s" as "%s"', (given, stored) => {
    expect(provinceArgument(given)).toBe(stored);
  });

  it('passes no filter through, and refuses what is not a province naming the argument', () => {
    expect(provinceArgument(null)).toBeNull();
    expect(provinceArgument(undefined)).toBeNull();
    for (const bad of ['Lạng Sơnn', 'Bộ Chính trị', 'tỉnh']) {
      expect(() => provinceArgument(bad)).toThrow(InvalidInputError);
      expect(() => provinceArgument(bad)).toThrow(/province: ".*" is not a province/);
    }
  });
});
