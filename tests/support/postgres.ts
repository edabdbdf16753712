// PostgreSQL helpers for the integration tests: the throwaway cluster (shared with
// scripts/bench.js, hence plain JS in scripts/lib) and one fresh, migrated database per test
// file, so files never see each other's rows and need no clean-up between them.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { applyMigrations } from "../../prisma/migrator.ts";
import {
  describeUrl,
  findPostgresBinDir,
  startPostgresCluster,
  withDatabase,
} from "../../scripts/lib/postgres.js";

export type { PostgresCluster } from "../../scripts/lib/postgres.js";
export { describeUrl, findPostgresBinDir, startPostgresCluster, withDatabase };

/** Every database this run creates is named `lb_test_<runId>_<random>`. */
export const TEST_DATABASE_PREFIX = "lb_test_";

export function newRunId(): string {
  return randomBytes(3).toString("hex");
}

/** Runs one statement on the server's maintenance database. */
async function onAdmin<T>(
  adminUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database and returns its URL. */
export async function createEmptyDatabase(
  adminUrl: string,
  runId: string,
): Promise<string> {
  const name = `${TEST_DATABASE_PREFIX}${runId}_${randomBytes(4).toString("hex")}`;
  // The name is ours (hex only), so interpolating it is safe; identifiers cannot be bound.
  await onAdmin(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}"`),
  );
  return withDatabase(adminUrl, name);
}

/** Creates a database and applies prisma/migrations to it, as `scripts/db.ts deploy` would. */
export async function createMigratedDatabase(
  adminUrl: string,
  runId: string,
): Promise<string> {
  const url = await createEmptyDatabase(adminUrl, runId);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await applyMigrations(new PrismaPg(pool));
  } finally {
    // The engine's free() leaves the adapter's connections open: end the pool ourselves.
    await pool.end();
  }
  return url;
}

/**
 * Drops this run's databases. Only for a server we do not own (TEST_DATABASE_URL): a
 * throwaway cluster is deleted whole. FORCE ends connections a test file left open.
 */
export async function dropRunDatabases(
  adminUrl: string,
  runId: string,
): Promise<number> {
  return onAdmin(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${TEST_DATABASE_PREFIX}${runId}\\_%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    return rows.length;
  });
}

/** Fails early with a readable message instead of a connection error in every file. */
export async function checkServer(adminUrl: string): Promise<string> {
  try {
    return await onAdmin(adminUrl, async (client) => {
      const { rows } = await client.query<{ version: string }>(
        "SELECT current_setting('server_version') AS version",
      );
      return rows[0]?.version ?? "unknown";
    });
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${describeUrl(adminUrl)}: ${(error as Error).message}`,
    );
  }
}
