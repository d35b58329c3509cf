import { parseVietnameseNumber, scaledValue } from '../../../src/ingest/extract/numbers';

describe('parseVietnameseNumber — "." groups thousands, "," is the decimal mark', () => {
  it.each<[string, number]>([
    ['14.600', 14600],
    ['1.250', 1250],
    ['41.000', 41000],
    ['1.234.567', 1234567],
    ['98,5', 98.5],
    ['6,05', 6.05],
    ['109', 109],
    ['01', 1],
    ['21.450', 21450],
  ])('reads %s as %d', (written, value) => {
    expect(parseVietnameseNumber(written)).toBe(value);
  });

  it('reads a dot that does not group three digits as a decimal point ("1.5", typed the English way)', () => {
    expect(parseVietnameseNumber('1.5')).toBe(1.5);
  });

  it.each(['', 'abc', '1.2.3', '12,', '1.2345'])('rejects "%s"', (written) => {
    expect(parseVietnameseNumber(written)).toBeNull();
  });
});

describe('scaledValue — scale words multiply', () => {
  it.each<[string, string | null, number]>([
    ['1,5', 'trieu', 1_500_000],
    ['25,6', 'ty', 25_600_000_000],
    ['245.000', 'ty', 245_000_000_000_000],
    ['3', 'nghin', 3000],
    ['2', 'ngan', 2000],
    ['14.600', null, 14600],
  ])('%s %s = %d', (written, scale, value) => {
    expect(scaledValue(written, scale)).toBe(value);
  });

  it('rejects an unknown scale word', () => {
    expect(scaledValue('5', 'muoi')).toBeNull();
  });
});
