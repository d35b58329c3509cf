import { GraphQLError, Kind } from 'graphql';
import { DateScalar, isIsoDate } from '../../src/graphql/common/date.scalar';

describe('Date scalar', () => {
  it('accepts real calendar days written YYYY-MM-DD and nothing else', () => {
    expect(isIsoDate('2024-02-05')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('05/02/2024')).toBe(false);
    expect(isIsoDate('2024-02-05T00:00:00Z')).toBe(false);
  });

  it('rejects an input that is not a real day as BAD_USER_INPUT, from variables and from literals', () => {
    for (const parse of [() => DateScalar.parseValue('2023-02-29'), () => DateScalar.parseLiteral({ kind: Kind.STRING, value: '2024-02-30' })]) {
      expect(parse).toThrow(GraphQLError);
      try {
        parse();
      } catch (error) {
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
        expect((error as GraphQLError).message).toMatch(/YYYY-MM-DD/);
      }
    }
    expect(DateScalar.parseValue('2024-02-05')).toBe('2024-02-05');
  });

  it('serializes date strings as they are and refuses other shapes', () => {
    expect(DateScalar.serialize('2024-02-05')).toBe('2024-02-05');
    expect(() => DateScalar.serialize('5/2/2024')).toThrow(/YYYY-MM-DD/);
    expect(() => DateScalar.serialize(20240205)).toThrow(/YYYY-MM-DD/);
    expect(() => DateScalar.serialize('2024-02-05T00:00:00Z')).toThrow(/YYYY-MM-DD/);
  });
});
