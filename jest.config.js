/** Two projects: the engine, hosts and CLI in node; the task pane in jsdom. */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
// office-addin-mock requires office-addin-manifest only for its OfficeApp enum, whose dependencies are
// ESM-only and cannot load in jest's CommonJS runtime on node 20 (OFFICE-NOTES §P-b).
const moduleNameMapper = { '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.ts' };

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
      transform,
      moduleNameMapper,
    },
  ],
};
