const { availableParallelism } = require('node:os');

/** Tests run TypeScript through swc (type checking is `tsc --noEmit` in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }],
    // strip-bom (under @microsoft/app-manifest) ships as ES modules only.
    '^.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!.*strip-bom/)'],
  testTimeout: 30000,
  // A worker per core, at least two: the suites spend most of their time waiting on HTTP, the store and
  // Chromium, so on the 2-core CI machine two workers halve the run (about 480 s to 240 s) where jest's
  // default (cores - 1) ran one; a third was slower again (about 270 s).
  maxWorkers: Math.max(2, availableParallelism()),
  // A suite whose setup failed can leave a server open; that must fail the run, never stall CI for its 90 minutes.
  forceExit: true,
};
