import { writeAccess } from '../../src/services/auth';

describe('writeAccess', () => {
  it.each([
    [undefined, 'secret-token', 'missing'],
    ['', 'secret-token', 'missing'],
    ['Bearer secret-token', 'secret-token', 'granted'],
    ['bearer   secret-token  ', 'secret-token', 'granted'],
    ['Bearer secret-toke', 'secret-token', 'invalid'],
    ['Bearer secret-token-longer', 'secret-token', 'invalid'],
    ['Basic c2VjcmV0', 'secret-token', 'invalid'],
    ['secret-token', 'secret-token', 'invalid'],
    ['Bearer anything', undefined, 'disabled'],
    [undefined, undefined, 'disabled'],
  ])('Authorization %p with token %p → %s', (header, token, expected) => {
    expect(writeAccess(header, token)).toBe(expected);
  });
});
