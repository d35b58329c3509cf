import { z } from 'zod';

/** Raised when an environment variable is missing or malformed; the message names the variable and what is allowed. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const boolFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be one of true, false, 1, 0, yes, no' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce
  .number({ error: 'must be a whole number from 0 to 65535' })
  .int('must be a whole number from 0 to 65535')
  .min(0, 'must be a whole number from 0 to 65535')
  .max(65535, 'must be a whole number from 0 to 65535');

const positiveInt = (what: string, max: number) =>
  z.coerce
    .number({ error: `must be a whole number of ${what} from 1 to ${max}` })
    .int(`must be a whole number of ${what} from 1 to ${max}`)
    .min(1, `must be a whole number of ${what} from 1 to ${max}`)
    .max(max, `must be a whole number of ${what} from 1 to ${max}`);

/** JVM-style memory sizes such as 512m, 1g, 256M. */
const memorySize = z
  .string()
  .regex(/^[1-9][0-9]*[kKmMgG]$/, 'must be a size such as 256m or 1g (a whole number followed by k, m or g)');

const neo4jUri = z
  .string()
  .regex(
    /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s/]+(:[0-9]+)?\/?$/,
    'must be a Bolt URI such as bolt://localhost:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
  );

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be one of development, production, test' })
    .default('development'),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  PORT: port.default(4000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z][a-z0-9.-]{2,62}$/, 'must be a Neo4j database name: 3-63 lower-case letters, digits, dots or dashes')
    .default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().min(1, 'must not be empty').default('.data/neo4j'),
  NEO4J_HEAP: memorySize.default('512m'),
  NEO4J_PAGECACHE: memorySize.default('256m'),
  NEO4J_TX_TIMEOUT_MS: positiveInt('milliseconds', 600_000).default(15_000),
  NEO4J_CONNECT_TIMEOUT_MS: positiveInt('milliseconds', 120_000).default(5_000),
  SEED_ON_START: boolFromEnv.default(true),
  API_WRITE_TOKEN: z.string().min(1, 'must not be empty when set').optional(),
  READ_TOKEN: z.string().min(1, 'must not be empty when set').optional(),
  ALLOW_INTROSPECTION: boolFromEnv.optional(),
  NEO4J_RETRY_MS: positiveInt('milliseconds', 120_000).default(3_000),
  QUERY_MAX_DEPTH: positiveInt('levels', 100).default(10),
  QUERY_MAX_ALIASES: positiveInt('aliases', 1000).default(30),
  QUERY_MAX_TOKENS: positiveInt('tokens', 100_000).default(3_000),
  QUERY_MAX_DIRECTIVES: positiveInt('directives', 1000).default(20),
  QUERY_MAX_COST: positiveInt('cost units', 10_000_000).default(25_000),
  REQUEST_BODY_LIMIT: z
    .string()
    .regex(/^[1-9][0-9]*(b|kb|mb)$/i, 'must be a size such as 500kb or 8mb')
    .default('8mb'),
  CORS_ORIGINS: z.string().default('https://studio.apollographql.com'),
  SHUTDOWN_GRACE_MS: positiveInt('milliseconds', 120_000).default(10_000),
});

type Parsed = z.infer<typeof schema>;

/** The validated configuration, read once at start. */
export interface Config {
  env: Parsed['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  logLevel: Parsed['LOG_LEVEL'];
  neo4j: {
    /** Set when the user points at their own server; unset means the project's local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
    transactionTimeoutMs: number;
    connectionTimeoutMs: number;
    /** How long executeRead/executeWrite retry transient failures (a restarting database) before giving up. */
    retryMs: number;
  };
  localNeo4j: {
    boltPort: number;
    dataDir: string;
    heap: string;
    pageCache: string;
  };
  seedOnStart: boolean;
  apiWriteToken: string | undefined;
  /** When set, reads need it too (or the write token). */
  readToken: string | undefined;
  /** Introspection and Sandbox: on outside production, off in production unless ALLOW_INTROSPECTION=true. */
  introspection: boolean;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    maxCost: number;
    requestBody: string;
  };
  corsOrigins: string[];
  shutdownGraceMs: number;
}

/** Why a write token is too weak for production, or null when it will do. */
export function tokenWeakness(token: string | undefined): string | null {
  if (!token) return 'is unset';
  if (token.length < 24) return `is only ${token.length} characters`;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(token)).length;
  if (kinds < 2 || new Set(token).size < 10) return 'is too predictable';
  return null;
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO=) means "unset", as in most shells' intent.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const got = env[name];
      const shown = name.includes('PASSWORD') || name.includes('TOKEN') ? '(hidden)' : JSON.stringify(got);
      return `  ${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  if (c.NODE_ENV === 'production') {
    const weakness = tokenWeakness(c.API_WRITE_TOKEN);
    if (weakness) {
      throw new ConfigError(
        `Invalid configuration:\n  API_WRITE_TOKEN=(hidden): ${weakness}; in production it must be at least 24 characters of mixed kinds, e.g. from \`openssl rand -base64 32\``,
      );
    }
  }
  return {
    env: c.NODE_ENV,
    isProduction: c.NODE_ENV === 'production',
    host: c.HOST,
    port: c.PORT,
    logLevel: c.LOG_LEVEL,
    neo4j: {
      uri: c.NEO4J_URI,
      user: c.NEO4J_USER,
      password: c.NEO4J_PASSWORD,
      database: c.NEO4J_DATABASE,
      transactionTimeoutMs: c.NEO4J_TX_TIMEOUT_MS,
      connectionTimeoutMs: c.NEO4J_CONNECT_TIMEOUT_MS,
      retryMs: c.NEO4J_RETRY_MS,
    },
    localNeo4j: {
      boltPort: c.NEO4J_BOLT_PORT,
      dataDir: c.NEO4J_DATA_DIR,
      heap: c.NEO4J_HEAP,
      pageCache: c.NEO4J_PAGECACHE,
    },
    seedOnStart: c.SEED_ON_START,
    apiWriteToken: c.API_WRITE_TOKEN,
    readToken: c.READ_TOKEN,
    introspection: c.ALLOW_INTROSPECTION ?? c.NODE_ENV !== 'production',
    limits: {
      maxDepth: c.QUERY_MAX_DEPTH,
      maxAliases: c.QUERY_MAX_ALIASES,
      maxTokens: c.QUERY_MAX_TOKENS,
      maxDirectives: c.QUERY_MAX_DIRECTIVES,
      maxCost: c.QUERY_MAX_COST,
      requestBody: c.REQUEST_BODY_LIMIT.toLowerCase(),
    },
    corsOrigins: c.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
  };
}
