import type { GraphDatabase } from './neo4j';

/** One schema change; `cypher` must be idempotent on its own (IF NOT EXISTS) so that a half-applied run can resume. */
export interface Migration {
  id: string;
  description: string;
  cypher: string;
}

const entityLabels = ['Document', 'Organization', 'Meeting', 'Person', 'Figure', 'Source'] as const;

/** The schema, in order. Append new migrations; never edit or reorder applied ones. */
export const migrations: readonly Migration[] = [
  ...entityLabels.map((label) => ({
    id: `001-${label.toLowerCase()}-id-unique`,
    description: `${label}.id is unique (deterministic ids make re-imports merge)`,
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  {
    id: '002-document-code',
    description: 'documents are looked up by normalised code',
    cypher: 'CREATE INDEX document_code IF NOT EXISTS FOR (n:Document) ON (n.code)',
  },
  {
    id: '002-document-issued-on',
    description: 'documents are filtered and sorted by date',
    cypher: 'CREATE INDEX document_issued_on IF NOT EXISTS FOR (n:Document) ON (n.issuedOn)',
  },
  {
    id: '002-document-kind',
    description: 'documents are filtered by kind',
    cypher: 'CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind)',
  },
  {
    id: '002-organization-name-key',
    description: 'organizations are found by folded name',
    cypher: 'CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey)',
  },
  {
    id: '002-organization-province',
    description: 'organizations are filtered by province',
    cypher: 'CREATE INDEX organization_province IF NOT EXISTS FOR (n:Organization) ON (n.province)',
  },
  {
    id: '002-meeting-date',
    description: 'meetings are filtered and sorted by date',
    cypher: 'CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)',
  },
  {
    id: '002-source-url',
    description: 'sources are found by url',
    cypher: 'CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url)',
  },
  {
    id: '003-migration-id-unique',
    description: 'the migration log itself',
    cypher: 'CREATE CONSTRAINT schema_migration_id_unique IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.id IS UNIQUE',
  },
  {
    id: '004-search-fulltext',
    description: 'one full-text index over the folded search text of every searchable entity',
    cypher: `CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Document|Organization|Meeting|Person|Figure|Source) ON EACH [n.searchText]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
  },
];

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

/** Applies every migration not yet recorded in the database; running it again applies nothing. */
export async function runMigrations(db: GraphDatabase, list: readonly Migration[] = migrations): Promise<MigrationReport> {
  const recorded = new Set(
    (
      await db.read<{ id: string }>({ cypher: 'MATCH (m:SchemaMigration) RETURN m.id AS id', params: {} })
    ).map((r) => r.id),
  );
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const migration of list) {
    if (recorded.has(migration.id)) {
      report.skipped.push(migration.id);
      continue;
    }
    await db.runSchema(migration.cypher);
    await db.write({
      cypher:
        'MERGE (m:SchemaMigration {id: $id}) ON CREATE SET m.description = $description, m.appliedAt = datetime()',
      params: { id: migration.id, description: migration.description },
    });
    report.applied.push(migration.id);
  }
  return report;
}
