import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      neo4j: { uri: undefined, user: 'neo4j', database: 'neo4j' },
      localNeo4j: { boltPort: 7687, dataDir: '.data/neo4j', heap: '512m', pageCache: '256m' },
      seedOnStart: true,
      corsOrigins: ['https://studio.apollographql.com'],
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' })).toMatchObject({ port: 4000, neo4j: { uri: undefined } });
  });

  it.each([
    ['PORT', 'abc', 'PORT="abc": must be a whole number from 0 to 65535'],
    ['PORT', '70000', 'PORT="70000": must be a whole number from 0 to 65535'],
    ['NEO4J_URI', 'http://localhost:7474', 'NEO4J_URI="http://localhost:7474": must be a Bolt URI'],
    ['NEO4J_BOLT_PORT', '-1', 'NEO4J_BOLT_PORT="-1": must be a whole number from 0 to 65535'],
    ['NEO4J_HEAP', 'lots', 'NEO4J_HEAP="lots": must be a size such as 256m or 1g'],
    ['NODE_ENV', 'staging', 'NODE_ENV="staging": must be one of development, production, test'],
    ['SEED_ON_START', 'maybe', 'SEED_ON_START="maybe": must be one of true, false, 1, 0, yes, no'],
    ['NEO4J_DATABASE', 'Bad Name', 'NEO4J_DATABASE="Bad Name": must be a Neo4j database name'],
    ['NEO4J_TX_TIMEOUT_MS', '0', 'NEO4J_TX_TIMEOUT_MS="0": must be a whole number of milliseconds from 1 to 600000'],
  ])('rejects %s=%s, naming the variable and what is allowed', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(/PORT="x".*\n.*LOG_LEVEL="loud"/);
  });

  it('never prints a secret it rejects', () => {
    expect(() => loadConfig({ API_WRITE_TOKEN: '', NEO4J_URI: 'nope' })).not.toThrow(/API_WRITE_TOKEN/);
  });

  it.each([
    [undefined, 'API_WRITE_TOKEN=(hidden): is unset'],
    ['short-token', 'API_WRITE_TOKEN=(hidden): is only 11 characters'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'API_WRITE_TOKEN=(hidden): is too predictable'],
  ])('refuses to start in production with write token %p', (token, message) => {
    const env = { NODE_ENV: 'production', ...(token ? { API_WRITE_TOKEN: token } : {}) };
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('starts in production with a strong write token; introspection off unless allowed', () => {
    const token = 'V3ry-long_random+token/0123456789abcdef';
    expect(loadConfig({ NODE_ENV: 'production', API_WRITE_TOKEN: token })).toMatchObject({ isProduction: true, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', API_WRITE_TOKEN: token, ALLOW_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({}).introspection).toBe(true);
  });

  it('reads the query limits, with defaults that let the documented queries through', () => {
    expect(loadConfig({}).limits).toEqual({ maxDepth: 10, maxAliases: 30, maxTokens: 3000, maxDirectives: 20, maxCost: 25000, requestBody: '8mb' });
    expect(loadConfig({ QUERY_MAX_DEPTH: '12', REQUEST_BODY_LIMIT: '2MB' }).limits).toMatchObject({ maxDepth: 12, requestBody: '2mb' });
    expect(() => loadConfig({ QUERY_MAX_COST: 'lots' })).toThrow('QUERY_MAX_COST="lots": must be a whole number of cost units');
  });

  it('reads a remote Neo4j with credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'reader', password: 's3cret', database: 'graph' });
  });
});
