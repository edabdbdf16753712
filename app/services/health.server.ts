// What /readyz reports: can we query the database, and is its migration history complete.
import { readdir } from "node:fs/promises";
import { defaultMigrationPaths } from "../../prisma/migrator";
import { prisma } from "./db.server";

export async function checkReadiness() {
  try {
    const rows = await prisma.$queryRaw<{ count: bigint | number }[]>`
      SELECT count(*) AS count FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = Number(rows[0]?.count ?? 0);
    const entries = await readdir(defaultMigrationPaths().migrationsDir, {
      withFileTypes: true,
    });
    const expected = entries.filter((entry) => entry.isDirectory()).length;
    const migrated = applied >= expected;
    return {
      status: migrated ? ("ready" as const) : ("not-ready" as const),
      database: "ok",
      migrations: { applied, expected },
    };
  } catch (error) {
    // The driver's message can name hosts and users: log it, never answer it.
    console.error("Readiness check failed:", error);
    return { status: "not-ready" as const, database: "unreachable" };
  }
}
