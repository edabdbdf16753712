import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "#app/utils/database-url";

describe("DATABASE_URL", () => {
  it("defaults to a PGlite folder", () => {
    expect(parseDatabaseUrl(undefined)).toMatchObject({
      kind: "pglite",
      dataDir: "./data/pglite",
    });
    expect(parseDatabaseUrl("pglite:./somewhere")).toMatchObject({
      kind: "pglite",
      dataDir: "./somewhere",
    });
  });

  it("uses an in-memory PGlite for `memory`", () => {
    expect(parseDatabaseUrl("memory")).toMatchObject({
      kind: "pglite",
      dataDir: undefined,
    });
  });

  it("connects to a PostgreSQL server and hides its password in labels", () => {
    const target = parseDatabaseUrl(
      "postgresql://lead:s3cret@db:5432/leadbench",
    );
    expect(target).toMatchObject({
      kind: "postgres",
      url: "postgresql://lead:s3cret@db:5432/leadbench",
    });
    expect(target.label).not.toContain("s3cret");
  });
});
