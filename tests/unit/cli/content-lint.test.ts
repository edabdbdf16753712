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

    expect(await run(["--strict"])).toBe(2);
    expect(output.stderr()).toContain(
      "Usage: leadbench content lint [--root DIR]",
    );
  });
});
