// Opens the database that DATABASE_URL names, as a Prisma driver adapter factory that both
// the Prisma client and the migration runner can use.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "#app/utils/database-url";

export type DatabaseConnection = {
  target: DatabaseTarget;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

export async function openDatabase(
  target: DatabaseTarget,
): Promise<DatabaseConnection> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    return {
      target,
      adapterFactory: new PrismaPg(pool),
      close: () => pool.end(),
    };
  }
  if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const client = await PGlite.create(target.dataDir);
  return {
    target,
    adapterFactory: new PrismaPGlite(client),
    close: () => client.close(),
  };
}
