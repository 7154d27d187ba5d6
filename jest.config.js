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
  // A suite whose setup failed can leave a server open; that must fail the run, never stall CI for its 90 minutes.
  forceExit: true,
};
