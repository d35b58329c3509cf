/** Small Cypher fragments shared by the builders. They splice only identifiers chosen in code, never values. */

/** An expression: `list` appended to the list property `target`, skipping entries already present. */
export function appendUnique(target: string, list: string): string {
  return `reduce(acc = coalesce(${target}, []), item IN ${list} | CASE WHEN item IN acc THEN acc ELSE acc + item END)`;
}

/** An expression turning an ISO date parameter into a Neo4j Date, keeping null as null. */
export function toDate(expr: string): string {
  return `CASE WHEN ${expr} IS NULL THEN null ELSE date(${expr}) END`;
}

/**
 * Clauses that link node `node` to the Source `source` with the quotes in `quotes` (a list expression), when there are
 * any: (node)-[:MENTIONED_IN {quotes}]->(source).
 */
export function mentionedIn(node: string, source: string, quotes: string): string {
  return `FOREACH (_ IN CASE WHEN size(${quotes}) > 0 THEN [1] ELSE [] END |
  MERGE (${node})-[mention:MENTIONED_IN]->(${source})
  SET mention.quotes = ${appendUnique('mention.quotes', quotes)})`;
}

/** Sets `node.searchText`, keeping what earlier imports added: the union of words an entity was ever found by. */
export function mergeSearchText(node: string, text: string): string {
  return `SET ${node}.searchText = CASE
  WHEN ${node}.searchText IS NULL OR ${node}.searchText = '' THEN ${text}
  WHEN ${text} = '' OR ${node}.searchText CONTAINS ${text} THEN ${node}.searchText
  ELSE ${node}.searchText + ' ' + ${text} END`;
}
