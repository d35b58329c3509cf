import type { GraphPlan } from '../../domain/graph-plan';
import { buildWritePlan } from '../cypher/write-plan';
import type { CypherQuery, GraphDatabase, WriteCounts } from '../neo4j';

/**
 * Writes a GraphPlan in one write transaction: all of it lands, or nothing does. Returns what it created: zeros when
 * the plan was already in the graph.
 */
export function writeGraphPlan(db: GraphDatabase, plan: GraphPlan): Promise<WriteCounts> {
  return writeAll(db, buildWritePlan(plan));
}

/** Runs write statements in order in one transaction and adds up what they created. */
export async function writeAll(db: GraphDatabase, queries: readonly CypherQuery[]): Promise<WriteCounts> {
  return db.writeTransaction(async (tx) => {
    const total: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
    for (const query of queries) {
      const counts = await db.runCounting(tx, query);
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

/** The text and metadata an article was imported with. */
export type StoredArticle = { text: string | null; title: string | null; publisher: string | null; author: string | null; publishedOn: string | null };

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
