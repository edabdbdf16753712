// Parses the "name,email" list an admin pastes to add candidates in bulk; every problem names
// its line so the admin can fix the paste rather than guess, and what could not be added goes
// back into the box (`unaddedLines`) while the rest is added.
/** One paste adds at most this many candidates, so one request stays short. */
export const MAX_PASTED_CANDIDATES = 500;
const MAX_NAME_LENGTH = 200;

export type CandidateRow = { line: number; name: string; email: string };
export type CsvProblem = { line: number; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === "," || char === ";" || char === "\t") {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

export function parseCandidateCsv(text: string): {
  rows: CandidateRow[];
  problems: CsvProblem[];
} {
  const rows: CandidateRow[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const [name = "", email = "", ...extra] = splitCsvLine(raw);
    if (
      index === 0 &&
      name.toLowerCase() === "name" &&
      email.toLowerCase() === "email"
    )
      return;
    if (extra.some(Boolean)) {
      problems.push({
        line,
        message: `expected "name,email" but found ${extra.length + 2} columns`,
      });
    } else if (!name) {
      problems.push({ line, message: "the name is empty" });
    } else if (name.length > MAX_NAME_LENGTH) {
      problems.push({
        line,
        message: `the name is longer than ${MAX_NAME_LENGTH} characters`,
      });
    } else if (!EMAIL.test(email)) {
      problems.push({ line, message: `"${email}" is not an email address` });
    } else if (seen.has(email.toLowerCase())) {
      problems.push({ line, message: `${email} appears twice in the list` });
    } else {
      seen.add(email.toLowerCase());
      rows.push({ line, name, email: email.toLowerCase() });
    }
  });
  // Past the cap, each line waits for the next paste, as the other problems do.
  for (const row of rows.splice(MAX_PASTED_CANDIDATES)) {
    problems.push({
      line: row.line,
      message: `one paste adds at most ${MAX_PASTED_CANDIDATES} candidates: paste this line again`,
    });
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({
      line: 1,
      message: "the list is empty: paste one candidate per line as name,email",
    });
  }
  return { rows, problems };
}

/** The lines of the paste that have a problem, in order, to put back in the box. */
export function unaddedLines(text: string, problems: CsvProblem[]): string {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  return [...new Set(problems.map((problem) => problem.line))]
    .sort((a, b) => a - b)
    .map((line) => lines[line - 1] ?? "")
    .join("\n");
}

/** Problems in the order of their lines, for a message that reads top to bottom. */
export function byLine(problems: CsvProblem[]): CsvProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
