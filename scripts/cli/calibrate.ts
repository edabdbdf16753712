// `leadbench calibrate FILE.csv [--format json|csv]`: the calibrated comparison of panel
// scores from a CSV export, through the same domain code as the comparison page.
import { readFile } from "node:fs/promises";
import { z } from "zod";
import {
  calibrateOpening,
  type DimensionCalibration,
  type Rating,
} from "#app/domain/calibration/index";

const USAGE = `Usage: leadbench calibrate FILE.csv [--format json|csv]

FILE.csv has a header with the columns candidate,panelist,dimension,score (one row per
candidate × panelist × dimension, score = that panelist's 1–4 mean for the dimension). With a
criterion column, rows are criterion scores, averaged per candidate × panelist × dimension.

--format json (default) prints {"dimensions": {...}}, candidates highest calibrated first.
--format csv prints one table with the header
  dimension,kind,id,n,raw,calibrated,offset,se,low,high,component,flag,single_rater,nu,s,alpha
with, per dimension, a "candidate" row per candidate (n = raters; calibrated order) and then
a "panelist" row per panelist (n = ratings; offset, se, component). nu, s and alpha repeat on
every row of their dimension. Empty cells are values that do not apply.`;

const REQUIRED_COLUMNS = [
  "candidate",
  "panelist",
  "dimension",
  "score",
] as const;

type Format = "json" | "csv";

/** A problem with the input file, reported with its line and a non-zero exit code. */
class InputError extends Error {}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArguments(args);
  if ("help" in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ("usage" in parsed) {
    process.stderr.write(`leadbench calibrate: ${parsed.usage}\n\n${USAGE}\n`);
    return 2;
  }

  let text: string;
  try {
    text = await readFile(parsed.file, "utf8");
  } catch (error) {
    const reason =
      error instanceof Error && "code" in error && error.code === "ENOENT"
        ? "no such file"
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(
      `leadbench calibrate: cannot read ${parsed.file}: ${reason}\n`,
    );
    return 1;
  }

  let ratings: Rating[];
  try {
    ratings = parseRatings(text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(
      `leadbench calibrate: ${parsed.file}: ${error.message}\n`,
    );
    return 1;
  }

  const { dimensions } = calibrateOpening(ratings);
  process.stdout.write(
    parsed.format === "json"
      ? `${formatJson(dimensions)}\n`
      : formatCsv(dimensions),
  );
  return 0;
}

function parseArguments(
  args: readonly string[],
): { file: string; format: Format } | { help: true } | { usage: string } {
  let file: string | undefined;
  let format: string = "json";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--help" || arg === "-h") return { help: true };
    if (arg === "--format") {
      const value = args[i + 1];
      if (value === undefined)
        return { usage: "--format needs a value (json or csv)" };
      format = value;
      i += 1;
    } else if (arg.startsWith("--format=")) {
      format = arg.slice("--format=".length);
    } else if (arg.startsWith("-") && arg !== "-") {
      return { usage: `unknown option ${arg}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { usage: `unexpected argument ${arg}` };
    }
  }
  if (format !== "json" && format !== "csv") {
    return { usage: `unknown format "${format}" (json or csv)` };
  }
  if (file === undefined) return { usage: "missing FILE.csv" };
  return { file, format };
}

export type CsvRecord = { line: number; fields: string[] };

/**
 * RFC 4180 records with the physical line each starts on: quoted fields (with "" escapes,
 * commas and line breaks inside), CRLF or LF endings, a leading BOM, blank lines skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  const endRecord = (): void => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0]?.trim() === "";
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      continue;
    }
    if (char === ",") {
      fields.push(field);
      field = "";
      afterQuote = false;
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && source[i + 1] === "\n") i += 1;
      endRecord();
      afterQuote = false;
      line += 1;
      recordLine = line;
    } else if (afterQuote && (char === " " || char === "\t")) {
      continue;
    } else if (afterQuote) {
      throw new InputError(
        `line ${line}: unexpected text after a closing quote`,
      );
    } else if (char === '"' && field.trim() === "") {
      field = "";
      quoted = true;
    } else {
      field += char;
    }
  }
  if (quoted)
    throw new InputError(`line ${recordLine}: a quoted field is never closed`);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const ratingRow = z.object({
  candidate: z.string().trim().min(1, "candidate is empty"),
  panelist: z.string().trim().min(1, "panelist is empty"),
  dimension: z.string().trim().min(1, "dimension is empty"),
  criterion: z.string().trim().min(1, "criterion is empty").optional(),
  score: z
    .string()
    .trim()
    .regex(DECIMAL, {
      error: (issue) => `score ${JSON.stringify(issue.input)} is not a number`,
    })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, {
          error: (issue) => `score ${String(issue.input)} is outside 1–4`,
        })
        .max(4, {
          error: (issue) => `score ${String(issue.input)} is outside 1–4`,
        }),
    ),
});

/** Validated ratings from the CSV text; throws InputError naming the offending line. */
export function parseRatings(text: string): Rating[] {
  const records = parseCsv(text);
  const [header, ...rows] = records;
  if (!header) throw new InputError("the file is empty");
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  for (const name of new Set(columns)) {
    if (name !== "" && columns.indexOf(name) !== columns.lastIndexOf(name)) {
      throw new InputError(
        `line ${header.line}: column "${name}" appears twice in the header`,
      );
    }
  }
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw new InputError(
      `line ${header.line}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ` +
        `(the header needs ${REQUIRED_COLUMNS.join(",")}[,criterion])`,
    );
  }
  if (rows.length === 0)
    throw new InputError(`line ${header.line}: a header but no ratings`);
  const hasCriterion = columns.includes("criterion");

  const ratings: Rating[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      throw new InputError(
        `line ${row.line}: expected ${columns.length} fields as in the header, found ${row.fields.length}`,
      );
    }
    const cells = Object.fromEntries(
      columns.map((name, k) => [name, row.fields[k] ?? ""]),
    );
    const result = ratingRow.safeParse(cells);
    if (!result.success) {
      throw new InputError(
        `line ${row.line}: ${result.error.issues[0]?.message ?? "invalid row"}`,
      );
    }
    const rating = result.data;
    const key = JSON.stringify([
      rating.candidate,
      rating.panelist,
      rating.dimension,
      rating.criterion ?? null,
    ]);
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      const what = hasCriterion
        ? `criterion ${rating.criterion ?? ""} of ${rating.candidate} by ${rating.panelist}`
        : `${rating.candidate} by ${rating.panelist} in ${rating.dimension}`;
      throw new InputError(
        `line ${row.line}: duplicate rating of ${what} (first on line ${seen})`,
      );
    }
    firstLine.set(key, row.line);
    ratings.push(
      hasCriterion
        ? rating
        : {
            candidate: rating.candidate,
            panelist: rating.panelist,
            dimension: rating.dimension,
            score: rating.score,
          },
    );
  }
  return ratings;
}

function formatJson(dimensions: Record<string, DimensionCalibration>): string {
  const output: Record<string, unknown> = {};
  for (const [name, dimension] of Object.entries(dimensions)) {
    output[name] = {
      nu: dimension.nu,
      s: dimension.s,
      alpha: dimension.alpha,
      candidates: dimension.candidates.map((candidate) => ({
        candidate: candidate.candidate,
        raw: candidate.raw,
        calibrated: candidate.calibrated,
        se: candidate.se,
        low: candidate.low,
        high: candidate.high,
        raters: candidate.raters,
        component: candidate.component,
        flag: candidate.flag,
        singleRater: candidate.singleRater,
      })),
      panelists: dimension.panelists.map((panelist) => ({
        panelist: panelist.panelist,
        offset: panelist.offset,
        se: panelist.se,
        ratings: panelist.ratings,
      })),
    };
  }
  return JSON.stringify({ dimensions: output }, null, 2);
}

const CSV_HEADER = [
  "dimension",
  "kind",
  "id",
  "n",
  "raw",
  "calibrated",
  "offset",
  "se",
  "low",
  "high",
  "component",
  "flag",
  "single_rater",
  "nu",
  "s",
  "alpha",
] as const;

type CsvCell = string | number | boolean | null;

function formatCsv(dimensions: Record<string, DimensionCalibration>): string {
  const lines = [CSV_HEADER.join(",")];
  for (const [name, dimension] of Object.entries(dimensions)) {
    const shared = {
      dimension: name,
      nu: dimension.nu,
      s: dimension.s,
      alpha: dimension.alpha,
    };
    for (const candidate of dimension.candidates) {
      lines.push(
        csvLine({
          ...shared,
          kind: "candidate",
          id: candidate.candidate,
          n: candidate.raters,
          raw: candidate.raw,
          calibrated: candidate.calibrated,
          se: candidate.se,
          low: candidate.low,
          high: candidate.high,
          component: candidate.component,
          flag: candidate.flag,
          single_rater: candidate.singleRater,
        }),
      );
    }
    for (const panelist of dimension.panelists) {
      lines.push(
        csvLine({
          ...shared,
          kind: "panelist",
          id: panelist.panelist,
          n: panelist.ratings,
          offset: panelist.offset,
          se: panelist.se,
          component: panelist.component,
        }),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

function csvLine(
  row: Partial<Record<(typeof CSV_HEADER)[number], CsvCell>>,
): string {
  return CSV_HEADER.map((column) => csvCell(row[column] ?? null)).join(",");
}

function csvCell(value: CsvCell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
