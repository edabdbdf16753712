// Setting up a database for the benchmark and the soak: a throwaway PostgreSQL with the schema
// migrated the way production is, and the bench data set (scripts/bench/dataset.ts) built on it
// before any server opens it.
import path from "node:path";
import { readFileSync } from "node:fs";
import pg from "pg";
import { SERVER_ENV } from "./app-server.js";
import {
  findPostgresBinDir,
  startPostgresCluster,
  withDatabase,
} from "./postgres.js";
import { bin, run } from "./run.js";

/**
 * Builds the bench data set on `databaseUrl` (before any server opens it).
 * @returns {Promise<import("../bench/dataset").BenchDataset>}
 */
export async function buildDataset(
  /** @type {string} */ databaseUrl,
  /** @type {string} */ dir,
  /** @type {string[]} */ args = [],
) {
  const started = Date.now();
  const out = path.join(dir, "dataset.json");
  const code = await run(
    bin("tsx"),
    ["scripts/bench/dataset.ts", out, ...args],
    {
      env: { ...process.env, ...SERVER_ENV, DATABASE_URL: databaseUrl },
    },
  );
  if (code !== 0)
    throw new Error(`scripts/bench/dataset.ts failed (exit ${code}).`);
  console.log(
    `  data set built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return JSON.parse(readFileSync(out, "utf8"));
}

/** Starts a throwaway PostgreSQL with a migrated `leadbench` database. */
export async function preparePostgres() {
  const binDir = findPostgresBinDir();
  if (!binDir)
    throw new Error(
      "No PostgreSQL server binaries under /usr/lib/postgresql: apt-get install -y postgresql",
    );
  const started = Date.now();
  const cluster = await startPostgresCluster({ binDir, maxConnections: 300 });
  process.once("exit", cluster.stop);
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query("CREATE DATABASE leadbench");
  await client.end();
  const url = withDatabase(cluster.url, "leadbench");
  // The app migrates only PGlite itself; a server is migrated first, as in production.
  const code = await run(bin("tsx"), ["scripts/db.ts", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
  });
  if (code !== 0) {
    cluster.stop();
    throw new Error(`scripts/db.ts deploy failed (exit ${code}).`);
  }
  console.log(
    `  PostgreSQL ${path.basename(path.dirname(binDir))} ready and migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { url, cluster };
}
