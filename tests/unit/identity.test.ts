import { nameKey, organizationId, personId } from '../../src/domain/identity';

describe('nameKey — the folded form names are compared and identified by', () => {
  it.each<[string, string]>([
    ['  Ban Thường vụ\u00a0 Tỉnh ủy\tĐắk Lắk ', 'ban thuong vu tinh uy dak lak'],
    // Decomposed input (NFD) folds as its composed form does.
    ['Tie\u0302\u0301ng Vie\u0323\u0302t', 'tieng viet'],
    ['Sở KH&ĐT', 'so kh dt'],
    ['Ủy ban nhân dân tỉnh Lạng Sơn', 'uy ban nhan dan tinh lang son'],
  ])('%j → %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('keeps the ids it makes: an import after this change merges with what earlier imports wrote', () => {
    expect(organizationId('Ban Bí thư Trung ương Đảng')).toBe('org_b036141df0795328e985');
    expect(organizationId('Ban  Bí thư Trung ương Đảng.')).toBe('org_b036141df0795328e985');
    expect(personId({ name: 'Nguyễn Văn Nam', role: null, organizationId: null })).toBe('per_2a1cfbdceb8a80a33c29');
  });
});
