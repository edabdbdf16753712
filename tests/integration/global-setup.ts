// Vitest globalSetup for the integration project. Runs once, in the main process.
//
// INTEGRATION_DB=pglite (the default): migrate one PGlite template folder; each test file
// gets its own copy (see setup.ts and tests/support/pglite.ts for why not `memory`). INTEGRATION_DB=postgres: use TEST_DATABASE_URL's server if
// set, else start a throwaway cluster from Debian's binaries, and hand its admin URL to the
// workers through provide/inject. setup.ts then makes one migrated database per test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPgliteTemplate } from "../support/pglite.ts";
import {
  checkServer,
  describeUrl,
  dropRunDatabases,
  findPostgresBinDir,
  newRunId,
  startPostgresCluster,
} from "../support/postgres.ts";

export type IntegrationDb = "pglite" | "postgres";

declare module "vitest" {
  export interface ProvidedContext {
    integrationDb: IntegrationDb;
    /** Superuser URL of the server's maintenance database; null on PGlite. */
    postgresAdminUrl: string | null;
    /** Names this run's databases, so teardown drops only its own. */
    testRunId: string;
    /** A migrated PGlite data folder to copy per test file; null on PostgreSQL. */
    pgliteTemplateDir: string | null;
  }
}

function integrationDb(): IntegrationDb {
  const value = (process.env.INTEGRATION_DB ?? "pglite").toLowerCase();
  if (value === "pglite" || value === "postgres") return value;
  throw new Error(
    `INTEGRATION_DB must be "pglite" or "postgres", not "${value}".`,
  );
}

export default async function setup(
  project: TestProject,
): Promise<() => Promise<void>> {
  const mode = integrationDb();
  const runId = newRunId();
  project.provide("integrationDb", mode);
  project.provide("testRunId", runId);
  project.provide("postgresAdminUrl", null);
  project.provide("pgliteTemplateDir", null);
  if (mode === "pglite") {
    const started = performance.now();
    const root = mkdtempSync(path.join(tmpdir(), "leadbench-pglite-"));
    const remove = () => rmSync(root, { recursive: true, force: true });
    process.once("exit", remove);
    project.provide("pgliteTemplateDir", await createPgliteTemplate(root));
    console.log(
      "Integration database: PGlite, a copy of a migrated template per test file " +
        `(template made in ${Math.round(performance.now() - started)} ms)`,
    );
    return async () => remove();
  }

  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const version = await checkServer(external);
    console.log(
      `Integration database: PostgreSQL ${version} at ${describeUrl(external)}`,
    );
    project.provide("postgresAdminUrl", external);
    return async () => {
      await dropRunDatabases(external, runId);
    };
  }

  if (!findPostgresBinDir()) {
    throw new Error(
      "INTEGRATION_DB=postgres needs a PostgreSQL server: set TEST_DATABASE_URL to one " +
        "(a superuser URL that may CREATE DATABASE), or install the server binaries " +
        "(apt-get install -y postgresql) so a throwaway cluster can be started.",
    );
  }
  const started = performance.now();
  const cluster = await startPostgresCluster();
  // If vitest dies without running teardown, still stop the server on the way out.
  process.once("exit", cluster.stop);
  const version = await checkServer(cluster.url);
  console.log(
    `Integration database: throwaway PostgreSQL ${version} on port ${cluster.port} ` +
      `(started in ${Math.round(performance.now() - started)} ms)`,
  );
  project.provide("postgresAdminUrl", cluster.url);
  return async () => {
    cluster.stop();
  };
}
