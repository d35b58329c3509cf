import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Context } from './context';
import type { GraphDatabase } from './db/neo4j';
import { GraphReader } from './db/repositories/graph-reader';
import { createErrorFormatter } from './graphql/errors';
import { GraphService } from './services/graph-service';
import { Loaders } from './services/loaders';
import { SearchService } from './services/search-service';
import { ImportService, type ArticleExtractor } from './services/import-service';
import { writeAccess } from './services/auth';

export interface AppOptions {
  config: Pick<Config, 'isProduction' | 'corsOrigins' | 'apiWriteToken'>;
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
  createContext(requestId: string, authorization?: string): Context;
}

/** Logs problems Apollo met while executing (the request line itself is logged by the HTTP middleware). */
function errorLoggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const log = code === undefined || code === 'INTERNAL_SERVER_ERROR' ? 'error' : 'info';
            contextValue?.logger?.[log]({ err: error.originalError ?? error, code, operationName }, 'graphql error');
          }
        },
      };
    },
  };
}

/** The operation name a client sent, or the first named operation of its document. */
function operationNameOf(body: { operationName?: unknown; query?: unknown } | undefined): string | undefined {
  if (typeof body?.operationName === 'string' && body.operationName) return body.operationName.slice(0, 100);
  if (typeof body?.query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(body.query)?.[1];
}

/** Builds the HTTP server: /graphql (Apollo Server 5 on Express), /health/live and /health/ready. */
export async function createApp({ config, db, schema, logger, sandboxDocument, extract }: AppOptions): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const reader = new GraphReader(db);
  const graph = new GraphService(reader);
  const search = new SearchService(reader);
  const imports = new ImportService(db, extract);
  const createContext = (requestId: string, authorization?: string): Context => ({
    requestId,
    logger: logger.child({ requestId }),
    graph,
    search,
    imports,
    loaders: new Loaders(reader),
    writeAccess: writeAccess(authorization, config.apiWriteToken),
  });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.isProduction,
    // index.ts owns the shutdown order (HTTP, then the driver, then the local Neo4j).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.isProduction,
    formatError: createErrorFormatter({ production: config.isProduction }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.isProduction
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({
            footer: false,
            embed: { endpointIsEditable: false },
            ...(sandboxDocument ? { document: sandboxDocument } : {}),
          }),
      errorLoggingPlugin(),
    ],
  });
  await apollo.start();

  // One log line per request, with its duration and GraphQL operation name.
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = (req.header('x-request-id') ?? '').slice(0, 100) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
      logger.info(
        {
          requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          operationName: operationNameOf(body),
        },
        'request',
      );
    });
    next();
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const ready = await db.isReachable(3000);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', neo4j: ready ? 'reachable' : 'unreachable' });
  });

  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: config.corsOrigins, credentials: false }),
    // Above the 1 MiB article limit (JSON escapes grow text), so that an oversized article gets a clear GraphQL error.
    express.json({ limit: '8mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(String(res.locals.requestId), req.header('authorization')),
    }),
  );
  return { httpServer, apollo, createContext };
}
