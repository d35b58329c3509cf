import { articleConflict, type StoredArticle } from '../../domain/article';
import type { GraphPlan } from '../../domain/graph-plan';
import { buildWritePlan } from '../cypher/write-plan';
import type { CypherQuery, GraphDatabase, WriteCounts } from '../neo4j';

/**
 * Writes a GraphPlan in one write transaction: all of it lands, or nothing does. Returns what it created: zeros when
 * the plan was already in the graph. The plan's quotes are sentences of its source's text: when the source is already
 * stored with another text (or, under a url, other metadata) the transaction is rolled back with the InvalidInputError
 * the import's own check gives (ImportService.asImportedBefore, which also refuses metadata a stored article lacks).
 * The check runs after the source is merged, so under its lock: of two imports of one url racing with different texts,
 * the second sees the first's text and is refused.
 */
export function writeGraphPlan(db: GraphDatabase, plan: GraphPlan): Promise<WriteCounts> {
  const { source } = plan;
  // Without a url the text is the source's identity: only the text is compared (metadata merges as it always did).
  const given = source.url ? source : { text: source.text, title: null, publisher: null, publishedOn: null };
  return writeAll(db, buildWritePlan(plan), (rows, index) => {
    if (index !== 0 || !rows[0]) return;
    const conflict = articleConflict(source.url ?? source.id, rows[0] as unknown as StoredArticle, given);
    if (conflict) throw conflict;
  });
}

/**
 * Runs write statements in order in one transaction and adds up what they created. `check` sees each statement's rows
 * (with its index) and may throw, which rolls everything back.
 */
export async function writeAll(
  db: GraphDatabase,
  queries: readonly CypherQuery[],
  check?: (rows: Array<Record<string, unknown>>, index: number) => void,
): Promise<WriteCounts> {
  return db.writeTransaction(async (tx) => {
    const total: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
    for (const [index, query] of queries.entries()) {
      const counts = await db.runCounting(tx, query);
      check?.(counts.rows, index);
      total.nodesCreated += counts.nodesCreated;
      total.relationshipsCreated += counts.relationshipsCreated;
    }
    return total;
  });
}

/**
 * The organizations known by one of `keys` (folded spellings, nameKey): by their name (nameKey, indexed) or an alias
 * (aliasKeys, which writeGraphPlan keeps as the folded name and aliases), with the names they are known by, for
 * resolving the bodies an article mentions.
 */
export async function readKnownOrganizations(
  db: GraphDatabase,
  keys: readonly string[],
): Promise<Array<{ id: string; name: string; aliases: string[]; province: string | null }>> {
  if (keys.length === 0) return [];
  return db.read({
    cypher: `MATCH (o:Organization) WHERE o.nameKey IN $keys
RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, o.province AS province
UNION
MATCH (o:Organization) WHERE any(k IN coalesce(o.aliasKeys, []) WHERE k IN $keys)
RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, o.province AS province`,
    params: { keys: [...keys] },
  });
}

/** What an article imported before under this source id was imported with, or null. */
export async function readSourceArticle(db: GraphDatabase, id: string): Promise<StoredArticle | null> {
  const [row] = await db.read<StoredArticle>({
    cypher: `MATCH (s:Source {id: $id})
RETURN s.text AS text, s.title AS title, s.publisher AS publisher, s.author AS author, toString(s.publishedOn) AS publishedOn`,
    params: { id },
  });
  return row ?? null;
}

/** Counts of nodes by label and relationships by type, for progress reports and idempotency checks. */
export async function countGraph(db: GraphDatabase): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>({
    cypher: `CALL { MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`,
    params: {},
  });
  return row ?? { nodes: 0, relationships: 0 };
}
