// Opens the database that DATABASE_URL names, as a Prisma driver adapter factory that both
// the Prisma client and the migration runner can use. A PGlite folder is opened durably by
// default: see docs/decisions/009-durable-embedded-database.md.
import { fsyncSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";
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

/** How many fsyncs reached the disk, for the test that shows they do. */
export const pgliteSyncs = { count: 0 };

/**
 * PGlite's Node file system writes through to the folder but answers every fsync without
 * doing it (its NODEFS has no fsync, and emscripten's fdatasync is a no-op), so a committed
 * transaction sits in the OS cache until the kernel writes it back. This one performs the
 * fsync PostgreSQL asks for.
 */
class DurableNodeFS extends NodeFS {
  override async init(
    pg: PGlite,
    opts: Parameters<NodeFS["init"]>[1],
  ): ReturnType<NodeFS["init"]> {
    const { emscriptenOpts } = await super.init(pg, opts);
    const preRun = emscriptenOpts.preRun ?? [];
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [
          (module: { NODEFS: { stream_ops: Record<string, unknown> } }) => {
            module.NODEFS.stream_ops.fsync = (stream: { nfd?: number }) => {
              if (stream.nfd !== undefined) fsyncSync(stream.nfd);
              pgliteSyncs.count += 1;
              return 0;
            };
          },
          ...preRun,
        ],
      },
    };
  }
}

/**
 * PGlite's own start parameters, with fsync back on (its defaults pass `-F`, fsync off) and
 * WAL flushed with fsync(), the one sync call its file system layer passes on.
 */
function durableStartParams(): string[] {
  return [
    ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
    "-c",
    "fsync=on",
    "-c",
    "wal_sync_method=fsync",
    "-c",
    "synchronous_commit=on",
  ];
}

export async function openDatabase(
  target: DatabaseTarget,
  options: { fsync?: boolean } = {},
): Promise<DatabaseConnection> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // A connection PostgreSQL ends (a restart, a failover) emits "error" on its client. The
    // pool handles that only for idle clients, and Prisma's adapter only inside its own
    // transactions; any other checked-out client would crash the process with an unhandled
    // "error" event (seen in `npm run soak` when PostgreSQL restarts). The query in flight
    // still fails and the pool drops the client; this only keeps the process alive.
    const connectionLost = (error: Error) =>
      console.error(`PostgreSQL connection lost: ${error.message}`);
    pool.on("error", connectionLost);
    pool.on("connect", (client) => client.on("error", connectionLost));
    return {
      target,
      adapterFactory: new PrismaPg(pool),
      close: () => pool.end(),
    };
  }
  if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const durable = target.dataDir !== undefined && options.fsync !== false;
  const client = await PGlite.create(
    durable && target.dataDir
      ? {
          fs: new DurableNodeFS(target.dataDir),
          startParams: durableStartParams(),
        }
      : { dataDir: target.dataDir },
  );
  return {
    target,
    adapterFactory: new PrismaPGlite(client),
    close: () => client.close(),
  };
}
