import { buildDocumentListQuery, buildMeetingListQuery, buildOrganizationListQuery } from '../../src/db/cypher/lists';

/** TCK-style: arguments in, the exact Cypher and parameters out. Values only ever travel as parameters. */
describe('list query builders', () => {
  it('documents by code, kind, issuer and date range: from the issuer, one filter clause per other argument', () => {
    const q = buildDocumentListQuery(
      { code: '30-CT/TW', kind: 'DIRECTIVE', issuerId: 'org_0123456789abcdef0123', issuedFrom: '2024-01-01', issuedTo: '2024-12-31' },
      { offset: 20, limit: 10 },
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
  WITH n ORDER BY n.issuedOn IS NULL, n.issuedOn DESC, n.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(n {.id, .code, .system, .kind, .typeName, .name, .title, issuedOn: toString(n.issuedOn), .term}) AS nodes
}
RETURN totalCount, nodes`);
    expect(q.params).toEqual({
      code: '30-CT/TW',
      kind: 'DIRECTIVE',
      issuerId: 'org_0123456789abcdef0123',
      issuedFrom: '2024-01-01',
      issuedTo: '2024-12-31',
      offset: 20,
      limit: 11,
    });
  });

  it('documents without filters: no WHERE at all, and one item more than the page to tell if another page exists', () => {
    const q = buildDocumentListQuery({}, { offset: 0, limit: 20 });
    expect(q.cypher).not.toContain('WHERE');
    expect(q.params).toEqual({ offset: 0, limit: 21 });
  });

  it('a hostile value stays a parameter, never part of the statement', () => {
    const hostile = "x' }) DETACH DELETE n //";
    const q = buildDocumentListQuery({ code: hostile, province: hostile }, { offset: 0, limit: 1 });
    expect(q.cypher).not.toContain(hostile);
    expect(q.params).toMatchObject({ code: hostile, province: hostile });
  });

  it('documents and meetings of a province start from the province index of their bodies, each item once', () => {
    expect(buildDocumentListQuery({ province: 'Lạng Sơn' }, { offset: 0, limit: 5 }).cypher).toContain(`  MATCH (o:Organization {province: $province})<-[:ISSUED_BY]-(n:Document)
  WITH DISTINCT n
  WITH n ORDER BY`);
    expect(buildMeetingListQuery({ province: 'Lạng Sơn', organizerId: 'org_0123456789abcdef0123' }, { offset: 0, limit: 5 }).cypher).toContain(`  MATCH (o:Organization {id: $organizerId})<-[:ORGANIZED_BY]-(n:Meeting)
  WHERE o.province = $province
  WITH DISTINCT n
  WITH n ORDER BY`);
  });

  it('organizations by folded name fragment match the name or any alias', () => {
    const q = buildOrganizationListQuery({ nameKey: 'dang uy khoi' }, { offset: 0, limit: 5 });
    expect(q.cypher).toContain('WHERE (n.nameKey CONTAINS $nameKey OR any(k IN n.aliasKeys WHERE k CONTAINS $nameKey))');
    expect(q.cypher).toContain('WITH n ORDER BY n.name, n.id');
    expect(q.params).toEqual({ nameKey: 'dang uy khoi', offset: 0, limit: 6 });
  });

  it('meetings by organizer and date range, newest first', () => {
    const q = buildMeetingListQuery({ organizerId: 'org_0123456789abcdef0123', from: '2024-08-01', to: '2024-08-31' }, { offset: 0, limit: 20 });
    expect(q.cypher).toContain(`  MATCH (o:Organization {id: $organizerId})<-[:ORGANIZED_BY]-(n:Meeting)
  WITH DISTINCT n
  WHERE n.date >= date($from)
    AND n.date <= date($to)`);
    expect(q.cypher).toContain('WITH n ORDER BY n.date IS NULL, n.date DESC, n.id');
    expect(q.params).toEqual({ organizerId: 'org_0123456789abcdef0123', from: '2024-08-01', to: '2024-08-31', offset: 0, limit: 21 });
  });
});
