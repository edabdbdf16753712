// Parses the "name,email" list an admin pastes to add candidates in bulk; every problem names
// its line so the admin can fix the paste rather than guess.
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
  if (rows.length > MAX_PASTED_CANDIDATES) {
    problems.push({
      line: rows[MAX_PASTED_CANDIDATES]!.line,
      message: `paste at most ${MAX_PASTED_CANDIDATES} candidates at once`,
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
