// The one Prisma client. On PGlite the app is the only process that may open the data
// folder, so it applies pending migrations itself before serving.
import { PrismaClient } from "#app/generated/prisma/client";
import { getEnv } from "#app/utils/env.server";
import { parseDatabaseUrl } from "#app/utils/database-url";
import { singleton } from "#app/utils/singleton.server";
import { applyMigrations } from "../../prisma/migrator";
import { openDatabase } from "./database.server";

async function connect() {
  const target = parseDatabaseUrl(getEnv().DATABASE_URL);
  const connection = await openDatabase(target, {
    fsync: getEnv().PGLITE_FSYNC,
  });
  if (target.kind === "pglite") {
    const applied = await applyMigrations(connection.adapterFactory);
    if (applied.length)
      console.log(`${target.label}: applied ${applied.join(", ")}`);
  }
  const client = new PrismaClient({
    adapter: connection.adapterFactory,
    // Under a burst (200 candidates saving at once on a pool of 10) a transaction can wait
    // more than Prisma's default 2 s for a connection; that is load to queue, not a reason
    // to answer 500 (seen in `npm run soak` as P2028 before any fault).
    transactionOptions: { maxWait: 10_000, timeout: 10_000 },
  });
  return { client, connection };
}

const database = await singleton("database", connect);

export const prisma = database.client;
export const databaseLabel = database.connection.target.label;

export async function disconnectDatabase(): Promise<void> {
  await prisma.$disconnect();
  await database.connection.close();
}
