import { rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { run } from "../../../scripts/cli/content-lint";
import { copyRepoContent, editYaml, repoRoot } from "../content/content-tree";
import { captureConsole } from "./console";

describe("leadbench content lint", () => {
  it("counts what it validated and exits 0", async () => {
    const output = captureConsole();

    expect(await run(["--root", repoRoot])).toBe(0);
    expect(output.stdout()).toBe("ok: 1 rubric, 1 question set, 2 exercises");
    expect(output.stderr()).toBe("");
  });

  it("prints each issue as file: path: message on stderr and exits 1", async () => {
    const root = await copyRepoContent();
    try {
      await editYaml<{
        dimensions: { criteria: { levels: Record<string, string> }[] }[];
      }>(root, "rubrics/tech-lead.v1.yaml", (rubric) => {
        delete rubric.dimensions[0]?.criteria[2]?.levels["3"];
      });
      const output = captureConsole();

      expect(await run(["--root", root])).toBe(1);
      expect(output.stdout()).toBe("");
      expect(output.stderr()).toBe(
        `rubrics/tech-lead.v1.yaml: dimensions.0.criteria.2.levels.3: Required\n\n1 issue in ${root}`,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("exits 2 on an option it does not know", async () => {
    const output = captureConsole();

    expect(await run(["--fix"])).toBe(2);
    expect(output.stderr()).toContain(
      "Usage: leadbench content lint [--root DIR] [--strict]",
    );
  });

  type Defects = {
    defects: { id: string; signals?: unknown; related?: unknown }[];
  };

  it("warns about a defect without signals, which still loads; --strict fails on it", async () => {
    const root = await copyRepoContent();
    try {
      await editYaml<Defects>(
        root,
        "seed/exercises/order-history/defects.yaml",
        (file) => {
          delete file.defects[2]?.signals;
        },
      );
      const output = captureConsole();

      expect(await run(["--root", root])).toBe(0);
      expect(output.stdout()).toBe(
        "ok: 1 rubric, 1 question set, 2 exercises, 1 warning",
      );
      expect(output.stderr()).toBe(
        "warning: seed/exercises/order-history/defects.yaml: defects.2.signals: No wording signals: the matcher can only mark comments on its lines as possible, never as found",
      );
      expect(await run(["--root", root, "--strict"])).toBe(1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("warns when a decoy shares a defect's signals", async () => {
    const root = await copyRepoContent();
    try {
      await editYaml<Defects>(
        root,
        "seed/exercises/team-dashboard/defects.yaml",
        (file) => {
          const decoy = file.defects.find(
            (d) => d.id === "unused-json-import",
          )!;
          decoy.signals = [["injection", "json"]];
        },
      );
      const output = captureConsole();
      expect(await run(["--root", root])).toBe(0);
      expect(output.stderr()).toContain(
        "defects.5.signals: Decoy shares signals with sql-injection-search: injection",
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("refuses a related place outside the pull request", async () => {
    // A fresh tree: content loads once per root.
    const root = await copyRepoContent();
    try {
      await editYaml<Defects>(
        root,
        "seed/exercises/team-dashboard/defects.yaml",
        (file) => {
          file.defects[0]!.related = [{ file: "app/missing.py" }];
        },
      );
      const refused = captureConsole();
      expect(await run(["--root", root])).toBe(1);
      expect(refused.stderr()).toContain(
        'defects.0.related.0.file: "app/missing.py" is not a file of this pull request',
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
