import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateArticleInput } from '../../src/domain/article';
import type { KnownOrganization } from '../../src/domain/graph-plan';
import type { GraphDatabase } from '../../src/db/neo4j';
import { readKnownOrganizations, writeGraphPlan } from '../../src/db/repositories/graph-writer';
import { articleExtractor } from '../../src/ingest/article-extractor';
import { ImportService } from '../../src/services/import-service';
import { startSeededNeo4j } from '../utils/graph';
import { planOf } from '../utils/plans';
import type { ThrowawayNeo4j } from '../utils/neo4j-instance';

const fixtures = path.join(__dirname, '..', 'fixtures', 'articles');

/** Every fixture article with its source fields, in name order. */
function fixtureArticles() {
  return readdirSync(fixtures)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(fixtures, f), 'utf8')) as { input: Record<string, string> };
      return { name: f.replace(/\.gold\.json$/, ''), input: { ...gold.input, text: readFileSync(path.join(fixtures, f.replace(/\.gold\.json$/, '.txt')), 'utf8') } };
    });
}

/** Every organization of the graph, as imports read them before they read only those an article could mean. */
async function everyKnownOrganization(db: GraphDatabase): Promise<KnownOrganization[]> {
  return db.read({
    cypher: 'MATCH (o:Organization) RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, o.province AS province',
    params: {},
  });
}

/**
 * An import reads only the known bodies the article could mean (by folded name or alias) and resolves them exactly as
 * against every body of the graph: same plan, same warnings. The articles are imported one after another onto the
 * seed, so later ones meet the bodies (and aliases) earlier ones wrote.
 */
describe('known organizations read for an import', () => {
  let neo4j: ThrowawayNeo4j;
  let db: GraphDatabase;
  beforeAll(async () => {
    ({ neo4j, db } = await startSeededNeo4j());
  }, 240_000);
  afterAll(async () => {
    await db?.close();
    await neo4j?.destroy();
  });

  it('finds a body known by the article\'s spelling only as an alias', async () => {
    // Known by a name the article never uses, and by the alias "Tỉnh ủy Cà Mau", which the article uses.
    const id = 'org_known_by_alias_only';
    await writeGraphPlan(
      db,
      planOf(
        'src_known_by_alias_only',
        {
          organizations: [
            { id, name: 'Cơ quan thử của tỉnh Cà Mau', aliases: ['Tỉnh ủy Cà Mau'], province: 'Cà Mau', kind: 'PARTY_COMMITTEE', foundedOn: null, parentId: null, leadsId: null, quotes: [] },
          ],
        },
        'Tỉnh ủy Cà Mau (cơ quan thử).',
      ),
    );
    const extracted = articleExtractor(validateArticleInput({ text: 'Tỉnh ủy Cà Mau ban hành Kế hoạch số 12-KH/TU ngày 3/4/2024 để triển khai Chỉ thị số 30-CT/TW của Ban Bí thư.' }));
    const read = await readKnownOrganizations(db, extracted.organizationKeys);
    expect(read.map((o) => o.id)).toContain(id);
    expect(extracted.resolve(read).plan.organizations.map((o) => o.id)).toContain(id);
    expect(extracted.resolve(read)).toEqual(extracted.resolve(await everyKnownOrganization(db)));
  });

  it('resolve every fixture article as all known bodies would, reading fewer of them', async () => {
    const imports = new ImportService(db, articleExtractor);
    let resolvedToKnown = 0;
    let narrower = 0;
    for (const { name, input } of fixtureArticles()) {
      const extracted = articleExtractor(validateArticleInput(input));
      const all = await everyKnownOrganization(db);
      const read = await readKnownOrganizations(db, extracted.organizationKeys);
      expect({ name, ...extracted.resolve(read) }).toEqual({ name, ...extracted.resolve(all) });
      const knownIds = new Set(all.map((o) => o.id));
      resolvedToKnown += extracted.resolve(read).plan.organizations.filter((o) => knownIds.has(o.id)).length;
      if (read.length < all.length) narrower += 1;
      await imports.importArticle(input);
    }
    // Not vacuous: bodies were resolved to known ones, and the read was narrower than the whole graph.
    expect(resolvedToKnown).toBeGreaterThan(5);
    expect(narrower).toBeGreaterThan(0);
  }, 120_000);

  it('reads nothing for an article that names no body', async () => {
    expect(await readKnownOrganizations(db, [])).toEqual([]);
  });
});
