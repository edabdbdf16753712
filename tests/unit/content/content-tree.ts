// Temporary copies of the repository's content tree, for tests that add or break files.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const fixturesDir = path.join(repoRoot, "tests/fixtures");

export async function copyRepoContent(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "leadbench-content-"));
  for (const dir of ["rubrics", "seed/questions", "seed/exercises"]) {
    await cp(path.join(repoRoot, dir), path.join(root, dir), {
      recursive: true,
    });
  }
  return root;
}

export async function readYamlFile(file: string): Promise<unknown> {
  return parse(await readFile(file, "utf8"));
}

// Rewrites a YAML file of a copied tree through a function that edits its parsed value.
export async function editYaml<T>(
  root: string,
  file: string,
  edit: (value: T) => void,
) {
  const value = (await readYamlFile(path.join(root, file))) as T;
  edit(value);
  await writeFile(path.join(root, file), stringify(value));
}
