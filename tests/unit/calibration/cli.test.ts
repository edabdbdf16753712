import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseCsv, run } from "../../../scripts/cli/calibrate";

const WORKED_EXAMPLE_CSV = fileURLToPath(
  new URL("../../fixtures/calibration/worked-example.csv", import.meta.url),
);

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "leadbench-calibrate-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs the command with stdout and stderr captured. */
async function calibrate(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

async function csvFile(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

describe("leadbench calibrate on the worked example", () => {
  it("prints the JSON of the command-line contract", async () => {
    const { code, stdout, stderr } = await calibrate([WORKED_EXAMPLE_CSV]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as {
      dimensions: Record<
        string,
        Record<string, unknown> & {
          candidates: Record<string, unknown>[];
          panelists: Record<string, unknown>[];
        }
      >;
    };
    const dimension = output.dimensions.technical_depth;
    expect(Object.keys(output.dimensions)).toEqual(["technical_depth"]);
    expect(Object.keys(dimension ?? {})).toEqual([
      "nu",
      "s",
      "alpha",
      "candidates",
      "panelists",
    ]);
    expect(dimension?.nu).toBe(10);
    expect(dimension?.s).toBeCloseTo(0.567829, 5);
    const candidates = dimension?.candidates ?? [];
    expect(candidates.map((c) => c.candidate)).toEqual([
      "C1",
      "C3",
      "C5",
      "C2",
      "C4",
    ]);
    expect(Object.keys(candidates[0] ?? {})).toEqual([
      "candidate",
      "raw",
      "calibrated",
      "se",
      "low",
      "high",
      "raters",
      "component",
      "flag",
      "singleRater",
    ]);
    expect(candidates[0]).toMatchObject({
      raters: 3,
      component: 0,
      flag: "none",
      singleRater: false,
    });
    expect(candidates[0]?.calibrated).toBeCloseTo(3.487075, 5);
    expect(candidates[0]?.low).toBeCloseTo(2.499307, 5);
    expect(candidates[0]?.high).toBeCloseTo(4.474843, 5);
    expect(candidates[4]).toMatchObject({ candidate: "C4", flag: "red" });
    expect(dimension?.panelists[1]).toMatchObject({
      panelist: "R2",
      ratings: 3,
    });
    expect(dimension?.panelists[1]?.offset).toBeCloseTo(-0.617201, 5);
    expect(dimension?.panelists[1]?.se).toBeCloseTo(0.388547, 5);
  });

  it("prints one CSV table with candidate and panelist rows", async () => {
    const { code, stdout } = await calibrate([
      WORKED_EXAMPLE_CSV,
      "--format",
      "csv",
    ]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "dimension,kind,id,n,raw,calibrated,offset,se,low,high,component,flag,single_rater,nu,s,alpha",
    );
    expect(lines).toHaveLength(1 + 5 + 4);
    expect(lines[1]?.startsWith("technical_depth,candidate,C1,3,")).toBe(true);
    expect(lines[5]?.split(",").slice(10, 13)).toEqual(["0", "red", "false"]);
    expect(lines[6]?.split(",").slice(0, 4)).toEqual([
      "technical_depth",
      "panelist",
      "R1",
      "4",
    ]);
    expect(Number(lines[6]?.split(",")[6])).toBeCloseTo(-0.193586, 5);
  });

  it("averages criterion rows first and accepts --format=json", async () => {
    const path = await csvFile(
      "criteria.csv",
      "\uFEFFcandidate,panelist,dimension,criterion,score\r\n" +
        'C1,R1,technical_depth,"design, trade-offs",4\r\n' +
        "C1,R1,technical_depth,testing,3\r\n" +
        "C1,R2,technical_depth,testing,2\r\n",
    );
    const { code, stdout } = await calibrate([path, "--format=json"]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as {
      dimensions: { technical_depth: { candidates: { raw: number }[] } };
    };
    expect(output.dimensions.technical_depth.candidates[0]?.raw).toBe(2.75);
  });
});

describe("leadbench calibrate on bad input", () => {
  it.each([
    [
      "missing column",
      "candidate,panelist,score\nC1,R1,3\n",
      /line 1: missing column dimension/,
    ],
    [
      "score above 4",
      "candidate,panelist,dimension,score\nC1,R1,td,3\nC2,R1,td,4.5\n",
      /line 3: score 4.5 is outside 1–4/,
    ],
    [
      "score below 1",
      "candidate,panelist,dimension,score\nC1,R1,td,0\n",
      /line 2: score 0 is outside 1–4/,
    ],
    [
      "score not a number",
      "candidate,panelist,dimension,score\nC1,R1,td,three\n",
      /line 2: score "three" is not a number/,
    ],
    [
      "empty score",
      "candidate,panelist,dimension,score\nC1,R1,td,\n",
      /line 2: score "" is not a number/,
    ],
    ["empty file", "", /the file is empty/],
    [
      "header only",
      "candidate,panelist,dimension,score\n",
      /line 1: a header but no ratings/,
    ],
    [
      "short row",
      "candidate,panelist,dimension,score\nC1,R1,td\n",
      /line 2: expected 4 fields/,
    ],
    [
      "empty candidate",
      "candidate,panelist,dimension,score\n ,R1,td,3\n",
      /line 2: candidate is empty/,
    ],
    [
      "duplicate rows without criterion",
      "candidate,panelist,dimension,score\nC1,R1,td,3\nC2,R1,td,3\nC1,R1,td,2\n",
      /line 4: duplicate rating of C1 by R1 in td \(first on line 2\)/,
    ],
    [
      "duplicate criterion rows",
      "candidate,panelist,dimension,criterion,score\nC1,R1,td,a,3\nC1,R1,td,a,2\n",
      /line 3: duplicate rating of criterion a of C1 by R1/,
    ],
    [
      "unclosed quote",
      'candidate,panelist,dimension,score\n"C1,R1,td,3\n',
      /line 2: a quoted field is never closed/,
    ],
  ])("rejects %s, naming the line", async (_case, text, message) => {
    const path = await csvFile("bad.csv", text);
    const { code, stdout, stderr } = await calibrate([path]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("counts lines through a quoted field that spans two lines", async () => {
    const path = await csvFile(
      "multiline.csv",
      'candidate,panelist,dimension,score\n"C1\nsecond line",R1,td,3\nC2,R1,td,9\n',
    );
    const { code, stderr } = await calibrate([path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 4: score 9/);
  });

  it("fails on a missing file", async () => {
    const { code, stderr } = await calibrate([join(folder, "absent.csv")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read .*absent\.csv: no such file/);
  });

  it.each([
    [[], /missing FILE\.csv/],
    [[WORKED_EXAMPLE_CSV, "--format", "xml"], /unknown format "xml"/],
    [[WORKED_EXAMPLE_CSV, "--verbose"], /unknown option --verbose/],
  ])("answers usage errors %j with exit code 2", async (args, message) => {
    const { code, stderr } = await calibrate(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe("parseCsv", () => {
  it("reads quotes, escaped quotes, CRLF, a BOM and a trailing newline", () => {
    expect(
      parseCsv('\uFEFFa,b\r\n"x, ""y""",z\r\n\r\n"multi\nline",w\n'),
    ).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ['x, "y"', "z"] },
      { line: 4, fields: ["multi\nline", "w"] },
    ]);
  });

  it("keeps an empty last field and a file without a final newline", () => {
    expect(parseCsv("a,b\n1,")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", ""] },
    ]);
  });
});
