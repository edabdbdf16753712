// Adds the candidates of a pasted list that can be added, and says line by line why the others
// could not (a malformed line, an email twice in the list, someone already a candidate), so
// the admin corrects only those.
import {
  byLine,
  parseCandidateCsv,
  unaddedLines,
  type CsvProblem,
} from "#app/domain/candidate-csv";
import type { Actor } from "#app/domain/roles";
import { prisma } from "../db.server";
import { requireManagedOpening } from "../openings.server";
import { createCandidates } from "./add-candidates.server";

export type ImportOutcome = {
  added: { name: string; code: string }[];
  /** Every line not added, with why, top to bottom. */
  problems: CsvProblem[];
  /** Those lines as they were pasted, to put back in the box. */
  unadded: string;
};

export async function importCandidates(
  actor: Actor,
  openingId: string,
  text: string,
): Promise<ImportOutcome> {
  await requireManagedOpening(actor, openingId);
  const { rows, problems } = parseCandidateCsv(text);
  const existing = new Set(
    (
      await prisma.candidate.findMany({
        where: { openingId, email: { in: rows.map((row) => row.email) } },
        select: { email: true },
      })
    ).map((candidate) => candidate.email),
  );
  for (const row of rows) {
    if (existing.has(row.email))
      problems.push({
        line: row.line,
        message: `${row.email} is already a candidate for this opening`,
      });
  }
  const added = await createCandidates(
    actor,
    openingId,
    rows.filter((row) => !existing.has(row.email)),
  );
  const ordered = byLine(problems);
  return {
    added: added.map(({ name, code }) => ({ name, code })),
    problems: ordered,
    unadded: unaddedLines(text, ordered),
  };
}
