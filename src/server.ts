import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLResponse } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Logger } from 'pino';
import { loadConfig, type Config } from './config';
import type { Context } from './context';
import { BOOKMARKS_HEADER, type GraphDatabase } from './db/neo4j';
import { GraphReader } from './db/repositories/graph-reader';
import { createErrorFormatter, translatedExtensions } from './graphql/errors';
import { QueryExecutor } from './graphql/executor';
import { createQueryProtection } from './graphql/limits';
import { readAccess, writeAccess } from './services/auth';
import { GraphService } from './services/graph-service';
import { ImportService, type ArticleExtractor } from './services/import-service';
import { Loaders } from './services/loaders';
import { SearchService } from './services/search-service';

/**
 * The V8 flags the API runs with (`npm start`, the Dockerfile, the benchmark; a test keeps them equal).
 * - A heap cap: without one V8 grows the heap lazily under load (about 320 MB of RSS in the benchmark) although what a
 *   request holds is a few MB; with it the process stays near 160 MB at the same speed. Raise it for very large imports.
 * - A 16 MB young generation: under that cap V8 keeps it at a few MB, so the objects of a large answer in flight
 *   (a lineage of 2,500 nodes and edges) outlive several scavenges and are copied into the old generation; with it,
 *   garbage-collection time under the benchmark's load fell by a fifth, and peak RSS stayed near 160 MB.
 */
export const API_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=16'] as const;

export interface AppOptions {
  config: Pick<Config, 'isProduction' | 'corsOrigins' | 'apiWriteToken'> &
    Partial<Pick<Config, 'readToken' | 'introspection' | 'limits'>>;
  db: GraphDatabase;
  schema: GraphQLSchema;
  logger: Logger;
  /** The operations shown in Sandbox when it opens. */
  sandboxDocument?: string;
  /** Reads facts out of article text, for importArticle. */
  extract: ArticleExtractor;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** A fresh per-request context (new DataLoaders), for running operations in process. */
  createContext(requestId: string, authorization?: string, bookmarks?: string[]): Context;
}

/**
 * Logs the errors of an operation with the request id, puts that id on every error a client sees (so a report can be
 * matched with the log line), and refuses reads without the read token when one is configured.
 */
function requestPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('This server has no subscriptions; use a query or a mutation.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          if (contextValue.readAccess === 'missing') {
            throw new GraphQLError('This server needs the header Authorization: Bearer <READ_TOKEN>.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
          if (contextValue.readAccess === 'invalid') {
            throw new GraphQLError('The bearer token is not the read token.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            // Domain errors get their code in the formatter, after this hook: ask the same translation here.
            const code = error.extensions?.code ?? translatedExtensions(unwrapResolverError(error))?.code;
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
              contextValue?.logger?.error({ err: error.originalError ?? error, code, operationName }, 'graphql error');
            } else if (code === 'SERVICE_UNAVAILABLE' || code === 'QUERY_TIMEOUT') {
              contextValue?.logger?.warn({ err: error.originalError ?? error, code, operationName }, 'graphql error');
            } else {
              // A client's mistake (bad input, a limit, a missing token): worth a line, not an error with a stack.
              contextValue?.logger?.info({ code, operationName, message: error.message }, 'graphql error');
            }
          }
        },
        async willSendResponse({ response, contextValue, operation }) {
          if (operation?.operation === 'mutation') {
            // What the client sends back (header x-neo4j-bookmarks) to read this write on any replica and cluster member.
            const bookmarks = [...(await contextValue.bookmarkManager.getBookmarks())];
            if (bookmarks.length > 0) {
              response.http.headers.set(BOOKMARKS_HEADER, bookmarks.join(', '));
              if (response.body.kind === 'single') {
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmarks };
              }
            }
          }
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          // Nothing answered because Neo4j is unreachable: 503 with Retry-After, so that load balancers, proxies and
          // clients retry, rather than a 200 that caches and monitors take for an answer.
          const { data, errors } = response.body.singleResult;
          const nothing = data === null || data === undefined || Object.values(data).every((value) => value === null);
          if (nothing && errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}

/** At most this many bookmarks in a request: a client sends the ones its last writes gave. */
const MAX_BOOKMARKS = 16;

/**
 * The bookmarks of header x-neo4j-bookmarks (comma-separated, as answers give them after a mutation); a malformed one
 * is refused with HTTP 400 naming the header, before anything runs.
 */
function parseBookmarksHeader(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  const bookmarks = value.split(',').map((b) => b.trim()).filter(Boolean);
  const refuse = (reason: string) =>
    new GraphQLError(`Header ${BOOKMARKS_HEADER} ${reason}.`, { extensions: { code: 'BAD_USER_INPUT', field: BOOKMARKS_HEADER, reason, http: { status: 400 } } });
  if (bookmarks.length > MAX_BOOKMARKS) throw refuse(`holds ${bookmarks.length} bookmarks; at most ${MAX_BOOKMARKS}`);
  for (const bookmark of bookmarks) {
    // Neo4j 5's are "FB:" and base64; a prefix and a colon are required at least: Neo4j fails with an internal error,
    // not a client one, on a bookmark shorter than its prefix ("ab").
    if (bookmark.length > 512 || !/^[A-Za-z]{2,8}:[A-Za-z0-9:+/=_.-]+$/.test(bookmark)) throw refuse('must be the comma-separated bookmarks an earlier answer of this API gave');
  }
  return [...new Set(bookmarks)];
}

/** The operation name a client sent, or the first named operation of its document. */
function operationNameOf(body: { operationName?: unknown; query?: unknown } | undefined): string | undefined {
  if (typeof body?.operationName === 'string' && body.operationName) return body.operationName.slice(0, 100);
  if (typeof body?.query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(body.query)?.[1];
}

/**
 * Body-parser failures (malformed JSON, too large, bad charset) as GraphQL-shaped 4xx responses, never 5xx; anything
 * else that escaped a handler as a 500 without details.
 */
function sendRequestError(error: { status?: number; type?: string; message?: string; body?: unknown }, res: http.ServerResponse, requestId: string, logger: Logger): void {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status >= 500) logger.error({ err: error, requestId }, 'request failed');
  const message =
    error.type === 'entity.parse.failed'
      ? isJsonText(error.body)
        ? 'The request body must be a JSON object such as {"query": "{ __typename }"}, not a JSON string, number or null.'
        : 'The request body is not valid JSON.'
      : error.type === 'entity.too.large'
        ? 'The request body is too large.'
        : status < 500
          ? (error.message ?? 'Bad request.')
          : 'Internal server error';
  const body = JSON.stringify({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR', requestId } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** True when `body` is JSON text (the JSON parser refuses valid JSON that is not an object or a list). */
function isJsonText(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** The request id a client sent (x-request-id, sanitised), or a new one. */
function requestIdOf(req: http.IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  return (typeof sent === 'string' ? sent : '').replace(/[^\w.-]/g, '').slice(0, 100) || randomUUID();
}

/** Answers with the request id and logs one line when the answer is sent: duration, status, GraphQL operation name. */
function trackRequest(req: http.IncomingMessage & { body?: unknown }, res: http.ServerResponse, logger: Logger, path: string): string {
  const started = process.hrtime.bigint();
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  res.on('finish', () => {
    logger.info(
      {
        requestId,
        method: req.method,
        path: path.split('?')[0]!.slice(0, 200),
        status: res.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        operationName: operationNameOf(req.body as { operationName?: unknown; query?: unknown } | undefined),
      },
      'request',
    );
  });
  return requestId;
}

/** An Apollo HTTP answer written on a plain Node response (what @as-integrations/express5 does with Express's). */
async function writeApolloResponse(response: HTTPGraphQLResponse, res: http.ServerResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // Encoded once: a string would be encoded twice (its byte length for the header, then the write).
    const body = Buffer.from(response.body.string, 'utf8');
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** A request header as one string (Node joins repeated custom headers with ", " already). */
function headerOf(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A JSON body (application/json, any parameters): the only bodies the fast path takes; others go through Express. */
function isJson(req: http.IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return typeof type === 'string' && /^\s*application\/json\s*(;|$)/i.test(type);
}

/** Builds the HTTP server: /graphql (Apollo Server 5; POST with JSON served directly, the rest on Express), /health/live and /health/ready. */
export async function createApp({ config, db, schema, logger, sandboxDocument, extract }: AppOptions): Promise<App> {
  const app = express();
  // Express hashes every response body for an ETag (SHA-1 over a 250 KB lineage answer, each time); GraphQL answers
  // are POSTs that no cache revalidates, and the health answers are a few bytes.
  app.set('etag', false);
  app.disable('x-powered-by');
  // Requests are dispatched below: POST /graphql with JSON directly, the rest to Express.
  const httpServer = http.createServer();
  const introspection = config.introspection ?? !config.isProduction;
  // A caller that gives no limits (a test, a tool) gets the defaults of config.ts.
  const limits = config.limits ?? loadConfig({}).limits;
  const createContext = (requestId: string, authorization?: string, bookmarks: string[] = []): Context => {
    // Every transaction of the request shares one bookmark manager, started from the client's bookmarks: on a cluster
    // the reads wait for the client's earlier writes and for this request's own (an import's answer is read back).
    const bookmarkManager = neo4j.bookmarkManager({ initialBookmarks: bookmarks });
    const requestDb = db.withBookmarks(bookmarkManager);
    const reader = new GraphReader(requestDb);
    return {
      requestId,
      logger: logger.child({ requestId }),
      graph: new GraphService(reader),
      search: new SearchService(reader),
      imports: new ImportService(requestDb, extract),
      loaders: new Loaders(reader),
      bookmarkManager,
      writeAccess: writeAccess(authorization, config.apiWriteToken),
      readAccess: readAccess(authorization, config.readToken, config.apiWriteToken),
    };
  };

  const protection = createQueryProtection({ limits, schema, production: config.isProduction });
  const apollo = new ApolloServer<Context>({
    // Queries asked more than once run compiled (graphql-jit), the rest through graphql-js: see executor.ts.
    gateway: new QueryExecutor(schema, logger).asGateway(),
    introspection,
    // index.ts owns the shutdown order (HTTP, then the driver, then the local Neo4j).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.isProduction,
    // Refuses simple (CORS-less) requests that could be forged from another site; JSON POSTs are unaffected.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    formatError: createErrorFormatter({ production: config.isProduction }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are set; the default cache-control plugin cost ~40 ms on large results in the benchmark.
      ApolloServerPluginCacheControlDisabled(),
      introspection
        ? ApolloServerPluginLandingPageLocalDefault({
            footer: false,
            embed: { endpointIsEditable: false },
            ...(sandboxDocument ? { document: sandboxDocument } : {}),
          })
        : ApolloServerPluginLandingPageDisabled(),
      ...protection.plugins,
      requestPlugin(),
    ],
  });
  await apollo.start();

  // One log line per request, with its duration and GraphQL operation name.
  app.use((req, res, next) => {
    res.locals.requestId = trackRequest(req, res, logger, req.originalUrl);
    next();
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const ready = await db.isReachable(3000);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', neo4j: ready ? 'reachable' : 'unreachable' });
  });

  // Browsers may read the bookmarks header of a mutation's answer (see docs/deploy.md §2).
  const corsHandler = cors<cors.CorsRequest>({ origin: config.corsOrigins, credentials: false, exposedHeaders: [BOOKMARKS_HEADER] });
  // Above the 1 MiB article limit (JSON escapes grow text), so that an oversized article gets a clear GraphQL error.
  const jsonBody = express.json({ limit: limits.requestBody });
  const contextOf = (req: http.IncomingMessage, requestId: string) => () =>
    Promise.resolve().then(() => createContext(requestId, headerOf(req, 'authorization'), parseBookmarksHeader(headerOf(req, BOOKMARKS_HEADER))));
  app.use(
    '/graphql',
    corsHandler,
    jsonBody,
    expressMiddleware(apollo, { context: ({ req, res }) => contextOf(req, String(res.locals.requestId))() }),
  );
  const errorHandler: ErrorRequestHandler = (error: { status?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    sendRequestError(error, res, String(res.locals.requestId), logger);
  };
  app.use(errorHandler);

  /**
   * POST /graphql with a JSON body — what clients send for every operation — is served here without Express, through
   * the same CORS and JSON body middleware and the same Apollo server; everything else (GET, the landing page,
   * preflights, health, other paths and content types) goes to Express. Express's request and response objects and
   * router cost 0.2–0.3 ms of CPU per request here (a `{ __typename }` takes 0.57–0.63 ms instead of 0.83–0.85), about
   * a tenth of a small answer's.
   */
  const serveGraphQLPost = (req: http.IncomingMessage & { body?: unknown }, res: http.ServerResponse) => {
    const requestId = trackRequest(req, res, logger, req.url ?? '/graphql');
    const fail = (error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendRequestError((error ?? {}) as { status?: number }, res, requestId, logger);
    };
    corsHandler(req, res, (corsError?: unknown) => {
      if (corsError) return fail(corsError);
      jsonBody(req, res, (bodyError?: unknown) => {
        if (bodyError) return fail(bodyError);
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        const url = req.url ?? '';
        const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
        apollo
          .executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search, body: req.body }, context: contextOf(req, requestId) })
          .then((response) => writeApolloResponse(response, res))
          .catch(fail);
      });
    });
  };
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method === 'POST' && isJson(req) && (req.url === '/graphql' || req.url?.startsWith('/graphql?'))) serveGraphQLPost(req, res);
    else app(req, res);
  });

  return { httpServer, apollo, createContext };
}
