// Candidates × seeded defects: which defects each candidate's review found, which it only
// possibly found (a comment on the lines that does not show it, for a panelist to confirm)
// and which it missed, with panelists' overrides shown where they decided the answer, and
// how the review prioritised what it found.
import { Link } from "@remix-run/react";
import type {
  ComparedCandidate,
  DefectCell,
  DefectColumn,
} from "#app/domain/comparison";
import { ScrollRegion } from "./scroll-region";

function CellStatus({
  cell,
  decoy,
}: {
  cell: DefectCell | undefined;
  decoy: boolean;
}) {
  if (cell?.status === "found") {
    return (
      <span className={decoy ? "text-slate-800" : "font-medium text-green-800"}>
        <span aria-hidden="true">{decoy ? "● " : "✓ "}</span>
        {decoy ? "Commented" : "Found"}
      </span>
    );
  }
  if (cell?.status === "possible") {
    return (
      <span className="font-medium text-sky-900">
        <span aria-hidden="true">? </span>
        Possible: not confirmed
      </span>
    );
  }
  return (
    <span className="text-slate-600">
      <span aria-hidden="true">– </span>
      {decoy ? "Left alone" : "Missed"}
    </span>
  );
}

export function DefectMatrix({
  candidates,
  defects,
  submissionHref,
}: {
  candidates: ComparedCandidate[];
  defects: DefectColumn[];
  /** Where the hiring manager reads a candidate's submission. */
  submissionHref?: (candidateId: string) => string;
}) {
  if (defects.length === 0) {
    return (
      <p className="text-slate-700">
        The opening's exercise could not be loaded, so its defects are not
        shown.
      </p>
    );
  }
  // Real defects first, decoys last: a decoy "found" is a comment on a harmless nit.
  const columns = [
    ...defects.filter((d) => !d.decoy),
    ...defects.filter((d) => d.decoy),
  ];
  const seeded = columns.filter((d) => !d.decoy).length;
  return (
    <ScrollRegion
      label="Seeded defects found"
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Seeded defects found by each candidate
        </caption>
        <thead className="bg-slate-100 align-bottom text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Candidate
            </th>
            {columns.map((defect) => (
              <th
                key={defect.id}
                scope="col"
                className="min-w-[8.5rem] px-3 py-2 font-medium"
              >
                <span className="block text-xs font-normal text-slate-600">
                  {defect.decoy
                    ? "Decoy"
                    : `${defect.category} · ${defect.severity}`}
                </span>
                <InlineCode text={defect.title} />
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Found
            </th>
            <th scope="col" className="min-w-[16rem] px-3 py-2 font-medium">
              Prioritisation
              <span className="block text-xs font-normal text-slate-600">
                context, not a score
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => {
            const cells = new Map(
              (candidate.defects ?? []).map((cell) => [cell.defectId, cell]),
            );
            const found = columns.filter(
              (d) => !d.decoy && cells.get(d.id)?.found,
            ).length;
            return (
              <tr
                key={candidate.id}
                className="border-t border-slate-200 align-top"
              >
                <th
                  scope="row"
                  className="px-3 py-2 text-left font-medium whitespace-nowrap"
                >
                  {candidate.name}
                  <span className="block font-mono text-xs font-normal text-slate-600">
                    {candidate.code}
                  </span>
                  {submissionHref ? (
                    <Link
                      to={submissionHref(candidate.id)}
                      className="text-brand-700 mt-1 block text-xs font-normal underline"
                    >
                      Read the submission
                      <span className="sr-only"> of {candidate.name}</span>
                    </Link>
                  ) : null}
                </th>
                {candidate.defects === null ? (
                  <td
                    colSpan={columns.length + 2}
                    className="px-3 py-2 text-slate-600"
                  >
                    Not comparable: no submitted review on this exercise.
                  </td>
                ) : (
                  <>
                    {columns.map((defect) => {
                      const cell = cells.get(defect.id);
                      return (
                        <td key={defect.id} className="px-3 py-2">
                          <CellStatus cell={cell} decoy={defect.decoy} />
                          {cell?.override ? (
                            <span className="mt-0.5 block text-xs text-slate-600">
                              Set by {cell.override.by}
                              {cell.override.reason
                                ? `: ${cell.override.reason}`
                                : ""}
                            </span>
                          ) : null}
                        </td>
                      );
                    })}
                    <td className="px-3 py-2 text-right font-medium tabular-nums">
                      {found} / {seeded}
                    </td>
                    <td className="px-3 py-2 text-xs text-slate-700">
                      {candidate.priorities}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Defect titles are written like commit messages, with `code` in backticks. */
function InlineCode({ text }: { text: string }) {
  return text.split("`").map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="font-mono text-[0.85em] whitespace-nowrap">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
