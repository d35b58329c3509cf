import type { CypherQuery } from '../neo4j';

/**
 * A body's dated activity: documents it issued (issue date), meetings it organized (meeting date), documents it
 * implemented (the earliest of its meetings that disseminated the document and its own documents based on it — "Kế
 * hoạch số 245-KH/TU ngày 1/3/2024 … triển khai Chỉ thị số 30-CT/TW" — else undated) and figures it reported
 * (end of their period). With `includeChildren`, the same for every body below it (PART_OF, up to 5 levels).
 * Dated entries come first, oldest first; undated ones last, and none when a range is given.
 */
export function buildTimelineQuery({
  organizationId,
  from,
  to,
  includeChildren,
  limit,
}: {
  organizationId: string;
  from: string | null;
  to: string | null;
  includeChildren: boolean;
  limit: number;
}): CypherQuery {
  const bodies = includeChildren
    ? 'MATCH (body:Organization)-[:PART_OF*0..5]->(root) WITH DISTINCT body'
    : 'WITH root AS body';
  const where: string[] = [];
  if (from) where.push('date >= date($from)');
  if (to) where.push('date <= date($to)');
  return {
    cypher: `MATCH (root:Organization {id: $id})
${bodies}
CALL (body) {
  MATCH (n:Document)-[:ISSUED_BY]->(body)
  RETURN 'ISSUED' AS kind, n.issuedOn AS date, n AS n, [] AS actions
  UNION ALL
  MATCH (n:Meeting)-[:ORGANIZED_BY]->(body)
  RETURN 'MEETING' AS kind, n.date AS date, n AS n, [] AS actions
  UNION ALL
  MATCH (body)-[r:IMPLEMENTS]->(n:Document)
  OPTIONAL MATCH (m:Meeting)-[:ORGANIZED_BY]->(body), (m)-[:DISSEMINATED]->(n)
  WITH body, n, r, min(m.date) AS metOn
  OPTIONAL MATCH (p:Document)-[:ISSUED_BY]->(body), (p)-[:BASED_ON]->(n)
  WITH n, r, metOn, min(p.issuedOn) AS plannedOn
  RETURN 'IMPLEMENTATION' AS kind, CASE WHEN metOn IS NULL OR plannedOn < metOn THEN plannedOn ELSE metOn END AS date, n, r.actions AS actions
  UNION ALL
  MATCH (n:Figure)-[:REPORTED_BY]->(body)
  RETURN 'FIGURE' AS kind, coalesce(n.periodEnd, n.periodStart) AS date, n AS n, [] AS actions
}
WITH body, kind, date, n, actions${where.length > 0 ? `\nWHERE ${where.join(' AND ')}` : ''}
RETURN kind, date, body.id AS organizationId, n {.*, text: null, searchText: null, aliasKeys: null, nameKey: null, type: head(labels(n))} AS node, actions
ORDER BY date IS NULL, date, kind, node.id
LIMIT toInteger($limit)`,
    params: { id: organizationId, from, to, limit },
  };
}
