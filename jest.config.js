/** Unit tests run without a database; integration and e2e tests share one throwaway Neo4j started by global setup. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests start Neo4j and servers: generous, but bounded.
  testTimeout: 120000,
  maxWorkers: 2,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/tests/{unit,cypher,schema}/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      // type-graphql keeps its metadata on a global; Jest must not clean it between files.
      testEnvironmentOptions: { globalsCleanup: 'off' },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/tests/{integration,e2e}/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      // type-graphql keeps its metadata on a global; Jest must not clean it between files.
      testEnvironmentOptions: { globalsCleanup: 'off' },
      globalSetup: '<rootDir>/tests/utils/global-setup.ts',
      globalTeardown: '<rootDir>/tests/utils/global-teardown.ts',
    },
  ],
};
