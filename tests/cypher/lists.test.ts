import { buildDocumentListQuery, buildMeetingListQuery, buildOrganizationListQuery } from '../../src/db/cypher/lists';

/** TCK-style: arguments in, the exact Cypher and parameters out. Values only ever travel as parameters. */
describe('list query builders', () => {
  it('documents by code, kind, issuer and date range: from the issuer, one filter clause per other argument', () => {
    const q = buildDocumentListQuery(
      { code: '30-CT/TW', kind: 'DIRECTIVE', issuerId: 'org_0123456789abcdef0123', issuedFrom: '2024-01-01', issuedTo: '2024-12-31' },
      { after: { value: '2024-06-01', id: 'doc_0123456789abcdef0123' }, limit: 10 },
    );
    expect(q.cypher).toBe(`CALL () {
  MATCH (o:Organization {id: $issuerId})<-[:ISSUED_BY]-(n:Document)
  WITH DISTINCT n
  WHERE n.code = $code
    AND n.kind = $kind
    AND n.issuedOn >= date($issuedFrom)
    AND n.issuedOn <= date($issuedTo)
  RETURN count(*) AS totalCount
}
CALL () {
  MATCH (o:Organization {id: $issuerId})<-[:ISSUED_BY]-(n:Document)
  WITH DISTINCT n
  WHERE n.code = $code
    AND n.kind = $kind
    AND n.issuedOn >= date($issuedFrom)
    AND n.issuedOn <= date($issuedTo)
    AND (n.issuedOn < date($afterValue) OR (n.issuedOn = date($afterValue) AND n.id > $afterId) OR n.issuedOn IS NULL)
  WITH n ORDER BY n.issuedOn IS NULL, n.issuedOn DESC, n.id
  LIMIT toInteger($limit)
  RETURN collect(n {.id, .code, .system, .kind, .typeName, .name, .title, issuedOn: toString(n.issuedOn), .term}) AS nodes
}
RETURN totalCount, nodes`);
    expect(q.params).toEqual({
      code: '30-CT/TW',
      kind: 'DIRECTIVE',
      issuerId: 'org_0123456789abcdef0123',
      issuedFrom: '2024-01-01',
      issuedTo: '2024-12-31',
      afterValue: '2024-06-01',
      afterId: 'doc_0123456789abcdef0123',
      limit: 11,
    });
  });

  it('documents without filters: no WHERE at all, and one item more than the page to tell if another page exists', () => {
    const q = buildDocumentListQuery({}, { after: null, limit: 20 });
    expect(q.cypher).not.toContain('WHERE');
    expect(q.params).toEqual({ limit: 21 });
  });

  it('a hostile value stays a parameter, never part of the statement', () => {
    const hostile = "x' }) DETACH DELETE n //";
    const q = buildDocumentListQuery({ code: hostile, province: hostile }, { after: null, limit: 1 });
    expect(q.cypher).not.toContain(hostile);
    expect(q.params).toMatchObject({ code: hostile, province: hostile });
  });

  it('documents and meetings of a province start from the province index of their bodies, each item once', () => {
    expect(buildDocumentListQuery({ province: 'Lạng Sơn' }, { after: null, limit: 5 }).cypher).toContain(`  MATCH (o:Organization {province: $province})<-[:ISSUED_BY]-(n:Document)
  WITH DISTINCT n
  WITH n ORDER BY`);
    expect(buildMeetingListQuery({ province: 'Lạng Sơn', organizerId: 'org_0123456789abcdef0123' }, { after: null, limit: 5 }).cypher).toContain(`  MATCH (o:Organization {id: $organizerId})<-[:ORGANIZED_BY]-(n:Meeting)
  WHERE o.province = $province
  WITH DISTINCT n
  WITH n ORDER BY`);
  });

  it('organizations by folded name fragment match the name or any alias', () => {
    const q = buildOrganizationListQuery({ nameKey: 'dang uy khoi' }, { after: null, limit: 5 });
    expect(q.cypher).toContain('WHERE (n.nameKey CONTAINS $nameKey OR any(k IN n.aliasKeys WHERE k CONTAINS $nameKey))');
    // By the folded name: case and diacritics do not scatter names.
    expect(q.cypher).toContain('WITH n ORDER BY n.nameKey, n.id');
    expect(q.params).toEqual({ nameKey: 'dang uy khoi', limit: 6 });
  });

  it('meetings by organizer and date range, newest first', () => {
    const q = buildMeetingListQuery({ organizerId: 'org_0123456789abcdef0123', from: '2024-08-01', to: '2024-08-31' }, { after: null, limit: 20 });
    expect(q.cypher).toContain(`  MATCH (o:Organization {id: $organizerId})<-[:ORGANIZED_BY]-(n:Meeting)
  WITH DISTINCT n
  WHERE n.date >= date($from)
    AND n.date <= date($to)`);
    expect(q.cypher).toContain('WITH n ORDER BY n.date IS NULL, n.date DESC, n.id');
    expect(q.params).toEqual({ organizerId: 'org_0123456789abcdef0123', from: '2024-08-01', to: '2024-08-31', limit: 21 });
  });

  describe('keyset pages: the page starts strictly after the cursor position, the total counts the whole list', () => {
    const after = (value: string | null, id: string) => ({ after: { value, id }, limit: 5 });
    const pageOf = (cypher: string) => cypher.slice(cypher.indexOf('CALL () {', 1));
    const countOf = (cypher: string) => cypher.slice(0, cypher.indexOf('CALL () {', 1));

    it('newest first: older dates, the same date with a greater id, then every undated item', () => {
      const q = buildDocumentListQuery({}, after('2024-02-05', 'doc_0123456789abcdef0123'));
      expect(pageOf(q.cypher)).toContain(`  MATCH (n:Document)
  WHERE (n.issuedOn < date($afterValue) OR (n.issuedOn = date($afterValue) AND n.id > $afterId) OR n.issuedOn IS NULL)
  WITH n ORDER BY n.issuedOn IS NULL, n.issuedOn DESC, n.id
  LIMIT toInteger($limit)`);
      expect(countOf(q.cypher)).not.toContain('after');
      expect(q.params).toEqual({ afterValue: '2024-02-05', afterId: 'doc_0123456789abcdef0123', limit: 6 });
    });

    it('oldest first: later dates, the same date with a greater id, then every undated item', () => {
      const q = buildMeetingListQuery({ order: 'OLDEST_FIRST' }, after('2024-08-08', 'mtg_0123456789abcdef0123'));
      expect(q.cypher).toContain('WHERE (n.date > date($afterValue) OR (n.date = date($afterValue) AND n.id > $afterId) OR n.date IS NULL)');
      expect(q.cypher).toContain('WITH n ORDER BY n.date IS NULL, n.date, n.id');
    });

    it('in the undated tail, in either order: undated items with a greater id only', () => {
      for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const) {
        const q = buildDocumentListQuery({ order, kind: 'PLAN' }, after(null, 'doc_0123456789abcdef0123'));
        expect(pageOf(q.cypher)).toContain(`  WHERE n.kind = $kind
    AND (n.issuedOn IS NULL AND n.id > $afterId)`);
        expect(q.params).toEqual({ kind: 'PLAN', afterId: 'doc_0123456789abcdef0123', limit: 6 });
      }
    });

    it('organizations: later folded names, the same one with a greater id (compared as stored, no date)', () => {
      const q = buildOrganizationListQuery({ province: 'Lạng Sơn' }, after('tinh uy lang son', 'org_0123456789abcdef0123'));
      expect(pageOf(q.cypher)).toContain(`  WHERE n.province = $province
    AND (n.nameKey > $afterValue OR (n.nameKey = $afterValue AND n.id > $afterId) OR n.nameKey IS NULL)
  WITH n ORDER BY n.nameKey, n.id`);
      expect(countOf(q.cypher)).toContain('WHERE n.province = $province\n  RETURN count(*) AS totalCount');
    });

    it('a hostile cursor value stays a parameter', () => {
      const hostile = "x') OR true //";
      const q = buildOrganizationListQuery({}, after(hostile, hostile));
      expect(q.cypher).not.toContain(hostile);
      expect(q.params).toMatchObject({ afterValue: hostile, afterId: hostile });
    });
  });
});
