import { searchTokens, snippetAround } from '../../src/domain/search-text';

describe('snippetAround — where the query words meet', () => {
  const long = `${'Tỉnh xác định phương án quy hoạch hệ thống đô thị và tổ chức lãnh thổ khu vực nông thôn. '.repeat(3)}${'Các đơn vị tiếp tục tuyên truyền. '.repeat(5)}Ban Bí thư ban hành Chỉ thị số 30-CT/TW về công tác tuyên truyền miệng.`;

  it('shows the place that holds the most query words, not the first place one word appears', () => {
    const snippet = snippetAround(long, searchTokens('chỉ thị 30'));
    expect(snippet).toContain('Chỉ thị số 30-CT/TW');
    expect(snippet.startsWith('…')).toBe(true);
  });

  it('falls back to the first match of a single word, and to the start when nothing matches', () => {
    expect(snippetAround(long, searchTokens('đô thị'))).toMatch(/^Tỉnh xác định phương án quy hoạch hệ thống đô thị/);
    expect(snippetAround(long, searchTokens('không có'))).toMatch(/^Tỉnh xác định/);
  });

  it('never cuts a word', () => {
    const snippet = snippetAround(long, searchTokens('tuyên truyền miệng'));
    const inner = snippet.replace(/^…|…$/g, '');
    expect(long).toContain(inner);
    expect(long.split(' ')).toContain(inner.split(' ')[0]);
  });
});
