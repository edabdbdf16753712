// DATABASE_URL picks the database: a PGlite folder (the zero-set-up default), `memory` for a
// throwaway in-process database, or a postgresql:// URL for a real server.
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | undefined; label: string }
  | { kind: "postgres"; url: string; label: string };

export const DEFAULT_DATABASE_URL = "./data/pglite";

export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const value = (raw ?? "").trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(value)) {
    return { kind: "postgres", url: value, label: redactPassword(value) };
  }
  if (value === "memory" || value === "memory://") {
    return { kind: "pglite", dataDir: undefined, label: "PGlite (in memory)" };
  }
  const dataDir = value.replace(/^(pglite|file):(\/\/)?/i, "");
  return { kind: "pglite", dataDir, label: `PGlite (${dataDir})` };
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return `PostgreSQL (${parsed.toString()})`;
  } catch {
    return "PostgreSQL";
  }
}
