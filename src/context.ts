import type { BookmarkManager } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { GraphService } from './services/graph-service';
import type { Loaders } from './services/loaders';
import type { SearchService } from './services/search-service';
import type { ImportService } from './services/import-service';
import type { Access } from './services/auth';

/** What every resolver gets for one request. */
export interface Context {
  requestId: string;
  logger: Logger;
  graph: GraphService;
  loaders: Loaders;
  search: SearchService;
  imports: ImportService;
  /** Shared by every transaction of the request; after a mutation its bookmarks go back to the client. */
  bookmarkManager: BookmarkManager;
  /** Whether this request carries the write token. */
  writeAccess: Access;
  /** Whether this request may read (always, unless READ_TOKEN is set). */
  readAccess: Access;
}
