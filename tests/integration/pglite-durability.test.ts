// The embedded database keeps what it acknowledged through a power loss only if a commit
// reaches the disk: PGlite's own Node file system skips every fsync, so ours performs them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { openDatabase, pgliteSyncs } from "#app/services/database.server";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function commitsOn(fsync: boolean) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "leadbench-durable-"));
  dirs.push(dataDir);
  const connection = await openDatabase(
    { kind: "pglite", dataDir, label: "test" },
    { fsync },
  );
  try {
    const adapter = await connection.adapterFactory.connect();
    await adapter.executeScript("CREATE TABLE saves (id serial PRIMARY KEY)");
    const before = pgliteSyncs.count;
    for (let index = 0; index < 5; index += 1)
      await adapter.executeScript("INSERT INTO saves DEFAULT VALUES");
    const setting = await adapter.queryRaw({
      sql: "SELECT current_setting('fsync') AS fsync",
      args: [],
      argTypes: [],
    });
    return {
      syncs: pgliteSyncs.count - before,
      fsync: setting.rows[0]?.[0],
    };
  } finally {
    await connection.close();
  }
}

describe("the PGlite folder", () => {
  test("is fsynced on every commit by default", async () => {
    const durable = await commitsOn(true);
    expect(durable.fsync).toBe("on");
    expect(durable.syncs).toBeGreaterThanOrEqual(5);
  });

  test("skips the fsyncs only when PGLITE_FSYNC is off", async () => {
    const relaxed = await commitsOn(false);
    expect(relaxed.fsync).toBe("off");
    expect(relaxed.syncs).toBe(0);
  });
});
