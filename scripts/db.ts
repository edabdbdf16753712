// `npm run db:*`: create, apply, inspect and reset migrations through the Wasm schema engine,
// and load the demo data, against the database DATABASE_URL names.
// PGlite has no cross-process lock: stop the app before running these on its data folder.
import {
  applyMigrations,
  createMigration,
  migrationStatus,
  resetDatabase,
} from "../prisma/migrator.ts";
import { openDatabase } from "#app/services/database.server";
import { parseDatabaseUrl } from "#app/utils/database-url";

const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  if (command === "seed") return seed();
  const target =
    command === "create"
      ? // Authoring needs no server: replay the history on an in-memory PGlite.
        parseDatabaseUrl("memory")
      : parseDatabaseUrl(process.env.DATABASE_URL);
  const connection = await openDatabase(target);
  try {
    switch (command) {
      case "create": {
        const name = args[0];
        if (!name || !/^[a-z0-9_]+$/.test(name)) {
          console.error(
            "Usage: npm run db:migrate:create -- <name_in_snake_case>",
          );
          return 2;
        }
        const created = await createMigration(connection.adapterFactory, name);
        console.log(
          created
            ? `Created prisma/migrations/${created}`
            : "No schema change.",
        );
        return 0;
      }
      case "deploy": {
        const applied = await applyMigrations(connection.adapterFactory);
        console.log(
          `${target.label}: ${applied.length ? `applied ${applied.join(", ")}` : "no pending migrations"}.`,
        );
        return 0;
      }
      case "status": {
        const status = await migrationStatus(connection.adapterFactory);
        console.log(`${target.label}: ${status.summary}`);
        return status.applied ? 0 : 1;
      }
      case "reset": {
        await resetDatabase(connection.adapterFactory);
        const applied = await applyMigrations(connection.adapterFactory);
        console.log(
          `${target.label}: reset and applied ${applied.length} migrations.`,
        );
        return 0;
      }
      default:
        console.error(
          "Usage: tsx scripts/db.ts create <name> | deploy | status | reset | seed",
        );
        return 2;
    }
  } finally {
    await connection.close();
  }
}

/** Loads the demo data through the app's own database module, as `npm start` does. */
async function seed(): Promise<number> {
  const { loadDemoData } = await import("../seed/demo/load.ts");
  const { disconnectDatabase } = await import("#app/services/db.server");
  try {
    const result = await loadDemoData();
    console.log(
      result.loaded
        ? "Demo data loaded."
        : "Database not empty: demo data left as is.",
    );
    return 0;
  } finally {
    await disconnectDatabase();
  }
}

process.exitCode = await main();
