import { buildImplementationMeetingsQuery, buildNodesByIdQuery, buildRelatedQuery, RELATIONS } from '../../src/db/cypher/relations';

describe('relation loaders (one statement per relation for a whole batch of ids)', () => {
  it('Document.implementations: the implementing bodies with the IMPLEMENTS properties', () => {
    const q = buildRelatedQuery('documentImplementations', ['doc_a', 'doc_b']);
    expect(q.cypher).toBe(`UNWIND $ids AS id
MATCH (a:Document {id: id})
MATCH (b:Organization)-[r:IMPLEMENTS]->(a)
RETURN id AS key, b {.id, .name, .aliases, .province, .kind, foundedOn: toString(b.foundedOn)} AS node, properties(r) AS rel
ORDER BY key, b.name`);
    expect(q.params).toEqual({ ids: ['doc_a', 'doc_b'] });
  });

  it('with a limit, each id keeps its first rows in the relation order, cut in a subquery per id', () => {
    const q = buildRelatedQuery('organizationOrganized', ['org_a', 'org_b'], 20);
    expect(q.cypher).toBe(`UNWIND $ids AS id
MATCH (a:Organization {id: id})
CALL (a) {
  MATCH (b:Meeting)-[r:ORGANIZED_BY]->(a)
  RETURN b, r ORDER BY b.date DESC, b.id LIMIT toInteger($limit)
}
RETURN id AS key, b {.id, .title, date: toString(b.date), .format, .connectedPoints} AS node, {} AS rel
ORDER BY key, b.date DESC, b.id`);
    expect(q.params).toEqual({ ids: ['org_a', 'org_b'], limit: 20 });
  });

  it('reads relationship properties (evidence lists) only for the relations whose properties the API shows', () => {
    const withProperties = (Object.keys(RELATIONS) as Array<keyof typeof RELATIONS>).filter((name) =>
      buildRelatedQuery(name, ['x']).cypher.includes('properties(r) AS rel'),
    );
    expect(withProperties.sort()).toEqual(
      ['documentImplementations', 'documentSources', 'figureSources', 'meetingSources', 'meetingSpeeches', 'organizationImplementations', 'organizationSources', 'personSources', 'personSpeeches'].sort(),
    );
  });

  it('leaves the evidence of implementations and speeches out when the operation does not ask for it', () => {
    expect(buildRelatedQuery('documentImplementations', ['doc_a'], null, false).cypher).toContain('AS node, r {.actions} AS rel');
    expect(buildRelatedQuery('personSpeeches', ['per_a'], null, false).cypher).toContain('AS node, r {.topic} AS rel');
    expect(buildRelatedQuery('documentImplementations', ['doc_a'], null, true).cypher).toContain('AS node, properties(r) AS rel');
    // Sources are all evidence: always read whole.
    expect(buildRelatedQuery('documentSources', ['doc_a'], null, false).cypher).toContain('AS node, properties(r) AS rel');
  });

  it('Organization.children follows PART_OF backwards', () => {
    expect(buildRelatedQuery('organizationChildren', ['org_x']).cypher).toContain('MATCH (b:Organization)-[r:PART_OF]->(a)');
  });

  it('never returns the full text of a source', () => {
    const q = buildRelatedQuery('documentSources', ['doc_a']);
    expect(q.cypher).toContain('b {.id, .url, .title, .publisher, .author, publishedOn: toString(b.publishedOn)} AS node');
    expect(q.cypher).not.toContain('.text');
  });

  it.each(Object.keys(RELATIONS) as Array<keyof typeof RELATIONS>)('%s labels both ends', (name) => {
    const { from, to } = RELATIONS[name];
    const q = buildRelatedQuery(name, ['x']);
    expect(q.cypher).toContain(`MATCH (a:${from} {id: id})`);
    expect(q.cypher).toContain(`(b:${to})`);
  });

  it('entities by id', () => {
    expect(buildNodesByIdQuery('Person', ['per_1'])).toEqual({
      cypher: `UNWIND $ids AS id
MATCH (b:Person {id: id})
RETURN id AS key, b {.id, .name, .role} AS node`,
      params: { ids: ['per_1'] },
    });
  });

  it('implementation meetings for a batch of (organization, document) pairs', () => {
    const q = buildImplementationMeetingsQuery([{ organizationId: 'org_1', documentId: 'doc_1' }]);
    expect(q.cypher).toContain('MATCH (o:Organization {id: pair.organizationId})<-[:ORGANIZED_BY]-(b:Meeting)-[:DISSEMINATED]->(d:Document {id: pair.documentId})');
    expect(q.params).toEqual({ pairs: [{ organizationId: 'org_1', documentId: 'doc_1' }] });
  });
});
