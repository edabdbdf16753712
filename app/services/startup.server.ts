// Runs once when the server module loads: the database is migrated by db.server; here an
// empty database receives the demo data so a first start shows every screen populated, and
// the process starts its background-job worker (one per process).
import { DEMO_PASSWORD, DEMO_STAFF, loadDemoData } from "../../seed/demo/load";
import { getEnv } from "#app/utils/env.server";
import { singleton } from "#app/utils/singleton.server";
import { databaseLabel } from "./db.server";
import { startWorker } from "./jobs/worker.server";
import { emailHandlers } from "./notifications/deliver.server";

async function prepare() {
  await loadDemo();
  // Every app process runs one: they share the queue through the database
  // (docs/decisions/013-background-jobs.md).
  startWorker({ handlers: emailHandlers });
}

async function loadDemo() {
  const env = getEnv();
  if (databaseLabel.startsWith("PGlite"))
    console.log(
      `${databaseLabel}: the embedded database is one process on one machine, for trials and small teams${env.PGLITE_FSYNC ? "" : " (PGLITE_FSYNC=off: a power loss can lose recent saves)"}. For more, use PostgreSQL: see "Production database" in the README.`,
    );
  if (!env.DEMO_DATA) return;
  // Several processes starting on one empty PostgreSQL race to load the demo: the loser's
  // unique-constraint error just means the data is there.
  const { loaded } = await loadDemoData().catch((error: { code?: string }) => {
    if (error.code === "P2002") return { loaded: false };
    throw error;
  });
  const lines = [
    `Database: ${databaseLabel}${loaded ? " (demo data loaded)" : ""}`,
    `Demo sign-ins (password "${DEMO_PASSWORD}"):`,
    ...DEMO_STAFF.map(
      (user) =>
        `  ${user.email.padEnd(26)} ${user.role.toLowerCase().replace("_", " ")}`,
    ),
  ];
  console.log(lines.join("\n"));
}

export const ready = singleton("startup", prepare);
