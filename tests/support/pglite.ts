// PGlite helpers for the integration tests. Measured here: initdb for a new PGlite takes 3–17 s
// per process (in memory or on disk), while opening a copy of a migrated data folder takes
// ≈ 1 s. So global-setup.ts migrates one template folder per run and every test file gets
// its own copy: same isolation as a fresh database, a fraction of the start-up.
import { randomBytes } from "node:crypto";
import { cpSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations } from "../../prisma/migrator.ts";

/** Creates `<root>/template`, a PGlite data folder with every migration applied. */
export async function createPgliteTemplate(root: string): Promise<string> {
  const template = path.join(root, "template");
  const client = await PGlite.create(template);
  try {
    await applyMigrations(new PrismaPGlite(client));
  } finally {
    // close() flushes the folder: only then is it safe to copy.
    await client.close();
  }
  return template;
}

/** Copies the template to a new folder beside it and returns the folder (a DATABASE_URL). */
export function copyPgliteTemplate(template: string): string {
  const copy = path.join(
    path.dirname(template),
    `db-${randomBytes(4).toString("hex")}`,
  );
  cpSync(template, copy, { recursive: true });
  return copy;
}
