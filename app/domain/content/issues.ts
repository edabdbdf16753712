// How content problems are reported: every issue names the file and the dotted path of
// the field, so an author can go straight to the line to fix.
import { z } from "zod";

export type ContentIssue = { file: string; path: string; message: string };

export type Validation<T> =
  { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

export function formatIssue({ file, path, message }: ContentIssue): string {
  return path ? `${file}: ${path}: ${message}` : `${file}: ${message}`;
}

function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

// zod's default for a missing field ("expected string, received undefined") reads like a
// type error; authors think of it as a field they forgot.
const missingIsRequired = (issue: { input?: unknown }) =>
  issue.input === undefined ? "Required" : undefined;

export function parseContent<T>(
  schema: z.ZodType<T>,
  input: unknown,
  file: string,
): Validation<T> {
  const result = schema.safeParse(input, { error: missingIsRequired });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      file,
      path: dottedPath(issue.path),
      message: issue.message,
    })),
  };
}

// A file or folder is named after what it holds (tech-lead.v1.yaml, exercises/order-history),
// so the content tree can be read without opening every file.
export function namingIssues(
  location: string,
  content: { key: string; version: number },
  file: string,
): ContentIssue[] {
  const name = location
    .slice(location.lastIndexOf("/") + 1)
    .replace(/\.ya?ml$/, "");
  const expected = `${content.key}.v${content.version}`;
  const isFolder = !/\.ya?ml$/.test(location);
  if (name === expected || (isFolder && name === content.key)) return [];
  const message = isFolder
    ? `Folder must be named "${content.key}" or "${expected}" to match key and version`
    : `File must be named "${expected}.yaml" to match key and version`;
  return [{ file, path: "key", message }];
}

// For content that is one YAML file named after its key and version.
export function parseContentFile<T extends { key: string; version: number }>(
  schema: z.ZodType<T>,
  input: unknown,
  file: string,
): Validation<T> {
  const parsed = parseContent(schema, input, file);
  if (!parsed.ok) return parsed;
  const issues = namingIssues(file, parsed.value, file);
  return issues.length ? { ok: false, issues } : parsed;
}

// Keys end up in URLs, database rows and file names, so keep them plain.
export const contentKey = z
  .string()
  .regex(
    /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/,
    "Use lowercase letters, digits, - or _",
  );

export const contentVersion = z.int().min(1);

export const text = z.string().trim().min(1, "Required");

type Keyed = { key: string; path: PropertyKey[] };

// Every occurrence is reported, not only the second, so the author sees both places.
export function requireUnique(
  ctx: z.RefinementCtx,
  noun: string,
  entries: Keyed[],
) {
  const counts = new Map<string, number>();
  for (const { key } of entries) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const { key, path } of entries) {
    if ((counts.get(key) ?? 0) > 1) {
      ctx.addIssue({
        code: "custom",
        path,
        message: `${noun} "${key}" is used more than once`,
      });
    }
  }
}

// Fixed vocabularies (dimensions, recommendation scale) are listed in one order everywhere.
export function requireOrder(
  ctx: z.RefinementCtx,
  field: string,
  actual: readonly string[],
  expected: readonly string[],
) {
  actual.forEach((key, index) => {
    if (key !== expected[index]) {
      ctx.addIssue({
        code: "custom",
        path: [field, index, "key"],
        message: `Expected "${expected[index]}": the order is ${expected.join(", ")}`,
      });
    }
  });
}
