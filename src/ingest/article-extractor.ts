import type { ArticleExtractor } from '../services/import-service';
import { extractArticle } from './extract';
import { organizationKeys, planFromExtraction } from './plan-from-extraction';

/** The article extractor the server and the CLI use: text → facts → a GraphPlan resolved against known bodies. */
export const articleExtractor: ArticleExtractor = (article) => {
  const extraction = extractArticle(article);
  return {
    organizationKeys: organizationKeys(extraction),
    resolve: (knownOrganizations) => {
      const { plan, warnings } = planFromExtraction(extraction, { knownOrganizations });
      return { plan, warnings: [...extraction.warnings, ...warnings] };
    },
  };
};
