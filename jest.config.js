/** ESM TypeScript through ts-jest; run with NODE_OPTIONS=--experimental-vm-modules (see package.json). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: { ignoreCodes: [151002] } }],
    // @actions/workflow-parser imports JSON without import attributes (see the transformer).
    '/node_modules/@actions/workflow-parser/.+\\.js$': '<rootDir>/test/support/json-import-attributes.cjs'
  },
  transformIgnorePatterns: ['/node_modules/(?!@actions/workflow-parser/)'],
  testTimeout: 60000,
  // Two workers on CI's two cores: most files wait on servers and child processes (nginx,
  // Prometheus, PostgreSQL, the bundled actions), so the second core more than halves the wall
  // time (jest's default there is one worker). Timed figures are benchmarks' (bench/), never tests'.
  maxWorkers: 2,
  // Workflow commands (::error:: …) printed by code under test would be read as annotations by a runner.
  silent: false
};
