import { evidenceEntry, structuralLinks, type GraphPlan, type StructuralLink } from '../../domain/graph-plan';
import { nameKey } from '../../domain/identity';
import type { CypherQuery } from '../neo4j';
import { searchTextOf } from '../../domain/search-text';
import { appendUnique, mentionedIn, mergeSearchText, toDate } from './fragments';

/**
 * Translates a GraphPlan into the statements that merge it into the graph, in order, one UNWIND per collection.
 * Pure: the writer runs them in one transaction. Existing values win over new ones (ON MATCH fills only what is
 * missing), lists (aliases, actions, evidence, quotes) are unions: importing the same plan twice changes nothing.
 * The first statement merges the source and returns it as stored, for the writer to check it is the plan's article.
 */
export function buildWritePlan(plan: GraphPlan): CypherQuery[] {
  const sourceId = plan.source.id;
  const ev = (quote: string) => evidenceEntry(sourceId, quote);
  const queries: CypherQuery[] = [];
  const structural = structuralLinks(plan);
  const withEvidence = (links: StructuralLink[]) => links.map((l) => ({ from: l.from, to: l.to, evidence: l.quote === null ? [] : [ev(l.quote)] }));

  queries.push({
    cypher: `MERGE (s:Source {id: $source.id})
ON CREATE SET s.url = $source.url, s.title = $source.title, s.publisher = $source.publisher, s.author = $source.author,
  s.publishedOn = ${toDate('$source.publishedOn')}, s.text = $source.text
ON MATCH SET s.url = coalesce(s.url, $source.url), s.title = coalesce(s.title, $source.title),
  s.publisher = coalesce(s.publisher, $source.publisher), s.author = coalesce(s.author, $source.author),
  s.publishedOn = coalesce(s.publishedOn, ${toDate('$source.publishedOn')}), s.text = coalesce(s.text, $source.text)
${mergeSearchText('s', '$searchText')}
RETURN s.text AS text, s.title AS title, s.publisher AS publisher, s.author AS author, toString(s.publishedOn) AS publishedOn`,
    params: {
      source: plan.source,
      searchText: searchTextOf([plan.source.title, plan.source.publisher, plan.source.author, plan.source.text]),
    },
  });

  if (plan.organizations.length > 0) {
    const organizations = plan.organizations.map((o) => ({
      ...o,
      nameKey: nameKey(o.name),
      aliasKeys: [o.name, ...o.aliases].map(nameKey),
      searchText: searchTextOf([o.name, ...o.aliases]),
    }));
    queries.push({
      cypher: `MATCH (s:Source {id: $sourceId})
UNWIND $organizations AS o
MERGE (n:Organization {id: o.id})
ON CREATE SET n.name = o.name, n.nameKey = o.nameKey, n.province = o.province, n.kind = o.kind,
  n.foundedOn = ${toDate('o.foundedOn')}
ON MATCH SET n.province = coalesce(n.province, o.province), n.kind = coalesce(n.kind, o.kind),
  n.foundedOn = coalesce(n.foundedOn, ${toDate('o.foundedOn')})
SET n.aliases = [a IN ${appendUnique('n.aliases', 'o.aliases')} WHERE a <> n.name],
  n.aliasKeys = ${appendUnique('n.aliasKeys', 'o.aliasKeys')}
${mergeSearchText('n', 'o.searchText')}
${mentionedIn('n', 's', 'o.quotes')}`,
      params: { sourceId, organizations },
    });
    queries.push({
      cypher: `UNWIND $links AS l
MATCH (child:Organization {id: l.from}), (parent:Organization {id: l.to})
MERGE (child)-[r:PART_OF]->(parent)
SET r.evidence = ${appendUnique('r.evidence', 'l.evidence')}`,
      params: { links: withEvidence(structural.partOf) },
    });
    queries.push({
      cypher: `UNWIND $links AS l
MATCH (committee:Organization {id: l.from}), (organization:Organization {id: l.to})
MERGE (committee)-[r:LEADS]->(organization)
SET r.evidence = ${appendUnique('r.evidence', 'l.evidence')}`,
      params: { links: withEvidence(structural.leads) },
    });
  }

  if (plan.documents.length > 0) {
    queries.push({
      cypher: `MATCH (s:Source {id: $sourceId})
UNWIND $documents AS d
MERGE (n:Document {id: d.id})
ON CREATE SET n.code = d.code, n.system = d.system, n.kind = d.kind, n.typeName = d.typeName, n.name = d.name,
  n.title = d.title, n.issuedOn = ${toDate('d.issuedOn')}, n.term = d.term
ON MATCH SET n.title = coalesce(n.title, d.title), n.issuedOn = coalesce(n.issuedOn, ${toDate('d.issuedOn')}),
  n.term = coalesce(n.term, d.term)
${mergeSearchText('n', 'd.searchText')}
${mentionedIn('n', 's', 'd.quotes')}
WITH n, d WHERE d.issuerId IS NOT NULL
MATCH (issuer:Organization {id: d.issuerId})
MERGE (n)-[r:ISSUED_BY]->(issuer)
SET r.evidence = ${appendUnique('r.evidence', 'd.evidence')}`,
      params: {
        sourceId,
        documents: plan.documents.map((d) => ({
          ...d,
          evidence: d.quotes.slice(0, 1).map(ev),
          searchText: searchTextOf([d.code, d.typeName, d.name, d.title]),
        })),
      },
    });
  }

  if (plan.meetings.length > 0) {
    queries.push({
      cypher: `MATCH (s:Source {id: $sourceId})
UNWIND $meetings AS m
MERGE (n:Meeting {id: m.id})
ON CREATE SET n.title = m.title, n.date = ${toDate('m.date')}, n.format = m.format, n.connectedPoints = m.connectedPoints
ON MATCH SET n.date = coalesce(n.date, ${toDate('m.date')}), n.format = coalesce(n.format, m.format),
  n.connectedPoints = coalesce(n.connectedPoints, m.connectedPoints)
${mergeSearchText('n', 'm.searchText')}
${mentionedIn('n', 's', 'm.quotes')}
WITH n, m WHERE m.organizerId IS NOT NULL
MATCH (organizer:Organization {id: m.organizerId})
MERGE (n)-[r:ORGANIZED_BY]->(organizer)
SET r.evidence = ${appendUnique('r.evidence', 'm.evidence')}`,
      params: {
        sourceId,
        meetings: plan.meetings.map((m) => ({ ...m, evidence: m.quotes.slice(0, 1).map(ev), searchText: searchTextOf([m.title]) })),
      },
    });
  }

  if (plan.persons.length > 0) {
    const represents = new Map(withEvidence(structural.represents).map((l) => [l.from, l.evidence]));
    queries.push({
      cypher: `MATCH (s:Source {id: $sourceId})
UNWIND $persons AS p
MERGE (n:Person {id: p.id})
ON CREATE SET n.name = p.name, n.role = p.role
ON MATCH SET n.name = coalesce(n.name, p.name), n.role = coalesce(n.role, p.role)
${mergeSearchText('n', 'p.searchText')}
${mentionedIn('n', 's', 'p.quotes')}
WITH n, p WHERE p.organizationId IS NOT NULL
MATCH (o:Organization {id: p.organizationId})
MERGE (n)-[r:REPRESENTS]->(o)
SET r.evidence = ${appendUnique('r.evidence', 'p.evidence')}`,
      params: {
        sourceId,
        persons: plan.persons.map((p) => ({ ...p, evidence: represents.get(p.id) ?? [], searchText: searchTextOf([p.name, p.role]) })),
      },
    });
  }

  const relationship = (name: string, cypher: string, rows: Record<string, unknown>[]) => {
    if (rows.length > 0) queries.push({ cypher, params: { [name]: rows } });
  };

  relationship(
    'speeches',
    `UNWIND $speeches AS x
MATCH (p:Person {id: x.personId}), (m:Meeting {id: x.meetingId})
MERGE (p)-[r:SPOKE_AT {topic: x.topic}]->(m)
SET r.evidence = ${appendUnique('r.evidence', '[x.evidence]')}`,
    // MERGE cannot match on null: a speech without a known topic is stored with topic "".
    plan.speeches.map((s) => ({ ...s, topic: s.topic ?? '', evidence: ev(s.quote) })),
  );
  relationship(
    'implementations',
    `UNWIND $implementations AS x
MATCH (o:Organization {id: x.organizationId}), (d:Document {id: x.documentId})
MERGE (o)-[r:IMPLEMENTS]->(d)
SET r.actions = ${appendUnique('r.actions', 'x.actions')}, r.evidence = ${appendUnique('r.evidence', '[x.evidence]')}`,
    plan.implementations.map((i) => ({ ...i, evidence: ev(i.quote) })),
  );
  relationship(
    'disseminations',
    `UNWIND $disseminations AS x
MATCH (m:Meeting {id: x.meetingId}), (d:Document {id: x.documentId})
MERGE (m)-[r:DISSEMINATED]->(d)
SET r.evidence = ${appendUnique('r.evidence', '[x.evidence]')}`,
    plan.disseminations.map((d) => ({ ...d, evidence: ev(d.quote) })),
  );
  relationship(
    'basedOn',
    `UNWIND $basedOn AS x
MATCH (d:Document {id: x.documentId}), (basis:Document {id: x.basisId})
MERGE (d)-[r:BASED_ON]->(basis)
SET r.evidence = ${appendUnique('r.evidence', '[x.evidence]')}`,
    plan.basedOn.map((b) => ({ ...b, evidence: ev(b.quote) })),
  );

  if (plan.figures.length > 0) {
    queries.push({
      cypher: `MATCH (s:Source {id: $sourceId})
UNWIND $figures AS f
MERGE (n:Figure {id: f.id})
ON CREATE SET n.value = f.value, n.unit = f.unit, n.description = f.description, n.qualifier = f.qualifier,
  n.isTarget = f.isTarget, n.period = f.period, n.periodStart = ${toDate('f.periodStart')},
  n.periodEnd = ${toDate('f.periodEnd')}
${mergeSearchText('n', 'f.searchText')}
${mentionedIn('n', 's', '[f.quote]')}`,
      params: {
        sourceId,
        figures: plan.figures.map((f) => ({ ...f, searchText: searchTextOf([f.description, f.unit, f.period]) })),
      },
    });
  }
  relationship(
    'reportedBy',
    `UNWIND $reportedBy AS x
MATCH (f:Figure {id: x.id}), (o:Organization {id: x.organizationId})
MERGE (f)-[r:REPORTED_BY]->(o)
SET r.evidence = ${appendUnique('r.evidence', '[x.evidence]')}`,
    plan.figures.filter((f) => f.organizationId).map((f) => ({ id: f.id, organizationId: f.organizationId, evidence: ev(f.quote) })),
  );
  relationship(
    'reportedAt',
    `UNWIND $reportedAt AS x
MATCH (f:Figure {id: x.from}), (m:Meeting {id: x.to})
MERGE (f)-[r:REPORTED_AT]->(m)
SET r.evidence = ${appendUnique('r.evidence', 'x.evidence')}`,
    withEvidence(structural.reportedAt),
  );
  return queries;
}
