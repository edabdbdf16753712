import { defineConfig } from "vitest/config";

// Unit tests cover the pure domain and run in parallel; integration tests touch a real
// database (PGlite in-process, or a throwaway PostgreSQL) and run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          // A fresh process per file (the default, made explicit): the app's db module keeps
          // its connection in a process-wide singleton, opened on the file's DATABASE_URL.
          isolate: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // global-setup starts (or finds) the database server once; setup gives each test
          // file a database of its own. INTEGRATION_DB=postgres switches PGlite for PostgreSQL.
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
        },
      },
    ],
  },
});
