// The migration history applies from an empty database on the database under test (PGlite
// or PostgreSQL, per INTEGRATION_DB), leaves nothing pending, and is idempotent: the same
// path `npm start` (PGlite) and `scripts/db.ts deploy` (PostgreSQL) take.
import { readdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  applyMigrations,
  defaultMigrationPaths,
  migrationStatus,
} from "../../prisma/migrator.ts";
import { createEmptyDatabase } from "../support/postgres.ts";

type Scratch = {
  adapterFactory: () => SqlMigrationAwareDriverAdapterFactory;
  query: <Row>(sql: string) => Promise<Row[]>;
  close: () => Promise<void>;
};

const isPostgres = inject("integrationDb") === "postgres";

/** An empty database of the kind under test, apart from the one setup.ts prepared. */
async function emptyDatabase(): Promise<Scratch> {
  if (isPostgres) {
    const adminUrl = inject("postgresAdminUrl");
    if (!adminUrl) throw new Error("no PostgreSQL URL provided");
    const url = await createEmptyDatabase(adminUrl, inject("testRunId"));
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    return {
      adapterFactory: () => new PrismaPg(pool),
      query: async (sql) => (await pool.query(sql)).rows,
      close: () => pool.end(),
    };
  }
  const client = await PGlite.create();
  return {
    adapterFactory: () => new PrismaPGlite(client),
    query: async <Row>(sql: string) => (await client.query<Row>(sql)).rows,
    close: () => client.close(),
  };
}

const migrationNames = readdirSync(defaultMigrationPaths().migrationsDir, {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe(`migrations on ${isPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  let db: Scratch;
  let applied: string[];

  beforeAll(async () => {
    db = await emptyDatabase();
    applied = await applyMigrations(db.adapterFactory());
  });
  afterAll(async () => {
    await db?.close();
  });

  it("applies every migration in prisma/migrations, oldest first", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(applied).toEqual(migrationNames);
  });

  it("records them as Prisma does, so the native `prisma migrate deploy` agrees", async () => {
    const rows = await db.query<{ migration_name: string; finished: boolean }>(
      'SELECT migration_name, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toEqual(
      migrationNames.map((name) => ({ migration_name: name, finished: true })),
    );
  });

  it("creates the schema's tables", async () => {
    const rows = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    const tables = rows.map((row) => row.table_name);
    expect(tables).toEqual(
      expect.arrayContaining(["User", "Session", "_prisma_migrations"]),
    );
  });

  it("leaves nothing pending, and applying again changes nothing", async () => {
    const status = await migrationStatus(db.adapterFactory());
    expect(status).toMatchObject({
      applied: true,
      pending: [],
      failed: [],
      edited: [],
    });
    expect(await applyMigrations(db.adapterFactory())).toEqual([]);
  });

  it("the app's database module opens this file's database, migrated", async () => {
    // PGlite: a copy of the migrated template (the module's migrate-on-open finds nothing to
    // do). PostgreSQL: setup.ts made and migrated the database, as `scripts/db.ts deploy` does
    // before a real server starts.
    const expected = isPostgres
      ? /^postgresql:\/\/.*\/lb_test_/
      : /leadbench-pglite-.*\/db-/;
    expect(process.env.DATABASE_URL).toMatch(expected);
    const { prisma, disconnectDatabase } =
      await import("#app/services/db.server");
    try {
      const rows = await prisma.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
      expect(rows[0]?.count).toBe(migrationNames.length);
    } finally {
      await disconnectDatabase();
    }
  });
});
