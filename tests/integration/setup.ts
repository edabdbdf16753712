// Runs before each integration test file, in its worker: points DATABASE_URL at a database
// of its own before the file imports app code (the app's db module reads it at import).
// PGlite: a folder of its own, copied from the migrated template global-setup.ts made (the
// db module still runs its migrate-on-open, which finds nothing pending).
// PostgreSQL: a new database on the server from global-setup.ts, migrated here the way
// production is (`scripts/db.ts deploy`), since the app does not migrate a real server.
import { inject } from "vitest";
import { copyPgliteTemplate } from "../support/pglite.ts";
import { createMigratedDatabase } from "../support/postgres.ts";

if (inject("integrationDb") === "postgres") {
  const adminUrl = inject("postgresAdminUrl");
  if (!adminUrl) throw new Error("global-setup.ts provided no PostgreSQL URL.");
  process.env.DATABASE_URL = await createMigratedDatabase(
    adminUrl,
    inject("testRunId"),
  );
} else {
  // Throwaway folders, like the test PostgreSQL's fsync=off: the durable path has its own
  // test (pglite-durability.test.ts).
  process.env.PGLITE_FSYNC ??= "off";
  const template = inject("pgliteTemplateDir");
  if (!template)
    throw new Error("global-setup.ts provided no PGlite template.");
  process.env.DATABASE_URL = copyPgliteTemplate(template);
}
