import { decodeCursor, encodeCursor, listKey, type CursorShape } from '../../src/domain/cursor';
import { InvalidInputError } from '../../src/domain/errors';

/** Keyset cursors: the sort value and id of the last item of a page, bound to one list, refused when edited. */
describe('list cursors', () => {
  const DOCS: CursorShape = { value: 'date', type: 'Document' };
  const ORGS: CursorShape = { value: 'text', type: 'Organization' };
  const DOC = 'doc_0123456789abcdef0123';
  const ORG = 'org_0123456789abcdef0123';
  const documents = listKey('documents', { order: 'NEWEST_FIRST' });
  const organizations = listKey('organizations', { province: 'Lạng Sơn' });

  const refusal = (run: () => unknown): { field: string; reason: string } => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      return { field: (error as InvalidInputError).field, reason: (error as InvalidInputError).reason };
    }
    throw new Error('the cursor was accepted');
  };
  const MALFORMED = { field: 'after', reason: 'is not a cursor returned by this API (use pageInfo.endCursor)' };
  const OTHER_LIST = {
    field: 'after',
    reason: 'is a cursor of another list, or of this list with other filters or order: page with the endCursor of this same query',
  };

  it('round-trips a dated position, an undated one, and a name of any script', () => {
    for (const [position, key, shape] of [
      [{ value: '2024-02-05', id: DOC }, documents, DOCS],
      [{ value: null, id: DOC }, documents, DOCS],
      [{ value: '+10000-02-29', id: DOC }, documents, DOCS],
      [{ value: 'Ban Thường vụ Tỉnh ủy: "Lạng Sơn" \\ 🏛', id: ORG }, organizations, ORGS],
      [{ value: 'ệ'.repeat(2000), id: ORG }, organizations, ORGS],
    ] as const) {
      const cursor = encodeCursor(position, key);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor, key, shape)).toEqual(position);
    }
  });

  it('is opaque: no offset in it, and two positions give two cursors', () => {
    const a = encodeCursor({ value: '2024-02-05', id: DOC }, documents);
    const b = encodeCursor({ value: '2024-02-06', id: DOC }, documents);
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url').toString('utf8')).toMatch(/^vk3:/);
  });

  it('refuses a cursor of another list, or of the same list filtered or ordered otherwise', () => {
    const cursor = encodeCursor({ value: '2024-02-05', id: DOC }, documents);
    expect(refusal(() => decodeCursor(cursor, listKey('documents', { order: 'OLDEST_FIRST' }), DOCS))).toEqual(OTHER_LIST);
    expect(refusal(() => decodeCursor(cursor, listKey('documents', { order: 'NEWEST_FIRST', kind: 'PLAN' }), DOCS))).toEqual(OTHER_LIST);
    expect(refusal(() => decodeCursor(cursor, organizations, ORGS))).toEqual(OTHER_LIST);
  });

  it('refuses a tampered cursor: any edit of its text, its position or its list', () => {
    const cursor = encodeCursor({ value: '2024-02-05', id: DOC }, documents);
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    const forged = [
      text.replace('2024-02-05', '2024-02-04'),
      text.replace(DOC, 'doc_0123456789abcdef0124'),
      text.replace(documents, organizations),
      text.replace(/:[^:]+$/, ':AAAAAAAA'),
      `${text}x`,
    ].map((t) => Buffer.from(t, 'utf8').toString('base64url'));
    for (const c of forged) expect(refusal(() => decodeCursor(c, documents, DOCS))).toEqual(MALFORMED);
    // One character changed anywhere in the cursor itself.
    for (let i = 0; i < cursor.length; i += 1) {
      const edited = cursor.slice(0, i) + (cursor[i] === 'A' ? 'B' : 'A') + cursor.slice(i + 1);
      expect(() => decodeCursor(edited, documents, DOCS)).toThrow(InvalidInputError);
    }
  });

  it('refuses strings that are no cursor, and positions of the wrong shape even with a good checksum', () => {
    for (const c of ['', 'not a cursor', 'dmsxOi0x', '"; DROP', 'A'.repeat(20000), Buffer.from('vk3:abcdefgh:[null,"doc"]:x', 'utf8').toString('base64url')]) {
      expect(refusal(() => decodeCursor(c, documents, DOCS))).toEqual(MALFORMED);
    }
    // Well-formed and signed, but not a position of this list's items.
    expect(refusal(() => decodeCursor(encodeCursor({ value: '2024-02-05', id: ORG }, documents), documents, DOCS))).toEqual(MALFORMED);
    expect(refusal(() => decodeCursor(encodeCursor({ value: '2024-02-30', id: DOC }, documents), documents, DOCS))).toEqual(MALFORMED);
    expect(refusal(() => decodeCursor(encodeCursor({ value: 'hôm qua', id: DOC }, documents), documents, DOCS))).toEqual(MALFORMED);
    expect(refusal(() => decodeCursor(encodeCursor({ value: 'x', id: 'MATCH (n) DETACH DELETE n' }, organizations), organizations, ORGS))).toEqual(MALFORMED);
  });

  it('refuses an offset cursor of the earlier API with a message saying to start again', () => {
    const old = Buffer.from(`vk2:${documents}:0`, 'utf8').toString('base64url');
    expect(refusal(() => decodeCursor(old, documents, DOCS))).toEqual({
      field: 'after',
      reason: 'is a cursor of an earlier version of this API, which paged by offset: start again from the first page (without after)',
    });
  });

  it('names the field it was given', () => {
    expect(refusal(() => decodeCursor('nope', documents, DOCS, 'before')).field).toBe('before');
  });
});
