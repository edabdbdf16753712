import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatIssue, type QuestionSet } from "#app/domain/content/index";
import { matchDefects } from "#app/domain/defect-matcher";
import {
  ContentError,
  getExercise,
  listContent,
  loadContent,
} from "#app/services/content.server";
import {
  copyRepoContent,
  editYaml,
  fixturesDir,
  repoRoot,
} from "./content-tree";

const roots: string[] = [];
const contentCopy = async () => {
  const root = await copyRepoContent();
  roots.push(root);
  return root;
};
afterEach(async () => {
  await Promise.all(
    roots.splice(0).map((root) => rm(root, { recursive: true, force: true })),
  );
});

async function contentErrorOf(root: string): Promise<string[]> {
  const error = await loadContent(root).catch((e: unknown) => e);
  if (!(error instanceof ContentError))
    throw new Error(`expected a ContentError, got ${error}`);
  return error.issues.map(formatIssue);
}

describe("loadContent", () => {
  it("picks up a third exercise from a new folder, with no code change", async () => {
    const root = await contentCopy();
    await cp(
      path.join(fixturesDir, "exercises/inventory-sync"),
      path.join(root, "seed/exercises/inventory-sync"),
      { recursive: true },
    );

    const { exercises } = await listContent(root);
    expect(exercises.map((e) => e.key)).toEqual([
      "inventory-sync",
      "order-history",
      "team-dashboard",
    ]);

    const exercise = await getExercise("inventory-sync", 1, root);
    expect(
      exercise?.files.map((f) => [f.path, f.language, f.before === null]),
    ).toEqual([
      ["main.go", "go", false],
      ["sync.go", "go", true],
    ]);
    const result = matchDefects(exercise?.defects ?? [], {
      comments: [
        {
          id: "c1",
          file: "sync.go",
          startLine: 17,
          endLine: 17,
          body: "A query per SKU.",
        },
      ],
    });
    expect(result.filter((d) => d.found).map((d) => d.id)).toEqual([
      "query-per-sku",
    ]);
  });

  it("answers the highest version when none is asked for", async () => {
    const root = await contentCopy();
    const v2 = path.join(root, "seed/exercises/inventory-sync.v2");
    await cp(path.join(fixturesDir, "exercises/inventory-sync"), v2, {
      recursive: true,
    });
    await cp(
      path.join(fixturesDir, "exercises/inventory-sync"),
      path.join(root, "seed/exercises/inventory-sync"),
      { recursive: true },
    );
    await editYaml<{ version: number }>(
      root,
      "seed/exercises/inventory-sync.v2/exercise.yaml",
      (e) => {
        e.version = 2;
      },
    );

    expect(
      (await getExercise("inventory-sync", undefined, root))?.version,
    ).toBe(2);
    expect((await getExercise("inventory-sync", 1, root))?.version).toBe(1);
  });

  it("reads the tree once per root", async () => {
    const root = await contentCopy();
    const first = await loadContent(root);
    await rm(path.join(root, "seed/exercises/team-dashboard"), {
      recursive: true,
    });

    expect(await loadContent(root)).toBe(first);
  });

  it("collects every problem in every file into one ContentError", async () => {
    const root = await contentCopy();
    await writeFile(
      path.join(root, "rubrics/broken.v1.yaml"),
      "key: broken\nversion: [1\n",
    );
    await editYaml<QuestionSet>(
      root,
      "seed/questions/tech-lead-default.v1.yaml",
      (set) => {
        set.questions[4]?.criteria.push("charisma");
      },
    );
    await editYaml<{ defects: { endLine: number }[] }>(
      root,
      "seed/exercises/order-history/defects.yaml",
      ({ defects }) => {
        (defects[1] as { endLine: number }).endLine = 400;
      },
    );
    await mkdir(path.join(root, "seed/exercises/empty"));

    const issues = await contentErrorOf(root);
    expect(issues).toHaveLength(5);
    expect(issues[0]).toBe(
      "rubrics/broken.v1.yaml: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1",
    );
    expect(issues.slice(1)).toEqual([
      "seed/exercises/empty/defects.yaml: File not found",
      "seed/exercises/empty/exercise.yaml: File not found",
      "seed/exercises/order-history/defects.yaml: defects.1.endLine: Line 400 is past the end of src/routes/orders.ts (22 lines)",
      'seed/questions/tech-lead-default.v1.yaml: questions.4.criteria.3: Unknown criterion "charisma" in rubric tech-lead v1',
    ]);
  });

  it("says which folder is missing when pointed at the wrong root", async () => {
    const root = await contentCopy();
    await rm(path.join(root, "seed"), { recursive: true });

    expect(await contentErrorOf(root)).toEqual([
      "seed/exercises/: Folder not found",
      "seed/questions/: Folder not found",
    ]);
  });

  it("loads again once a broken tree is fixed", async () => {
    const root = await contentCopy();
    const defects = path.join(
      root,
      "seed/exercises/order-history/defects.yaml",
    );
    await rm(defects);
    await expect(loadContent(root)).rejects.toThrow(ContentError);

    await cp(
      path.join(repoRoot, "seed/exercises/order-history/defects.yaml"),
      defects,
    );
    expect((await loadContent(root)).exercises).toHaveLength(2);
  });
});
