// The evidence a candidate submitted, as staff read it: the written answers, the PR review
// replayed with its comments and summary, the seeded defects with the matcher's reasons and
// the review's prioritisation, and time and paste as context. The panelist's scoring page and
// the hiring manager's submission view show the same thing; only the first may override.
import { DefectFindings, type PanelOverride } from "./defect-findings";
import {
  PullRequestBrief,
  ReviewVerdict,
  Signals,
  WrittenAnswers,
} from "./evidence";
import { ReviewReplay } from "./review-replay";
import type { SubmissionEvidence as Evidence } from "#app/services/submission-evidence.server";

export function SubmissionEvidence({
  evidence,
  criterionTitles,
  panelOverrides,
  readOnly = false,
}: {
  evidence: Pick<
    Evidence,
    "questions" | "review" | "defects" | "priorities" | "signals"
  >;
  criterionTitles: Record<string, string>;
  panelOverrides?: PanelOverride[];
  readOnly?: boolean;
}) {
  const commentNumbers = Object.fromEntries(
    evidence.review.comments.map((c) => [c.id, c.number]),
  );
  return (
    <>
      <nav aria-label="Evidence sections" className="mt-1 text-sm">
        <ul className="flex flex-wrap gap-x-3">
          <li>
            <a className="underline" href="#evidence-answers">
              Written answers
            </a>
          </li>
          <li>
            <a className="underline" href="#evidence-review">
              PR review
            </a>
          </li>
          <li>
            <a className="underline" href="#evidence-defects">
              Seeded defects
            </a>
          </li>
          <li>
            <a className="underline" href="#evidence-signals">
              Time and paste
            </a>
          </li>
        </ul>
      </nav>

      <section
        id="evidence-answers"
        aria-labelledby="answers-heading"
        className="mt-4 scroll-mt-4"
      >
        <h3 id="answers-heading" className="text-lg font-semibold">
          Written answers
        </h3>
        <div className="mt-2">
          <WrittenAnswers
            answers={evidence.questions}
            criterionTitles={criterionTitles}
          />
        </div>
      </section>

      <section
        id="evidence-review"
        aria-labelledby="review-heading"
        className="mt-6 scroll-mt-4 space-y-3"
      >
        <h3 id="review-heading" className="text-lg font-semibold">
          PR review
        </h3>
        <PullRequestBrief
          title={evidence.review.title}
          description={evidence.review.description}
          author={evidence.review.author}
        />
        <ReviewVerdict summary={evidence.review.summary} />
        <ReviewReplay
          files={evidence.review.files}
          comments={evidence.review.comments}
        />
      </section>

      <section
        id="evidence-defects"
        aria-labelledby="defects-heading"
        className="mt-6 scroll-mt-4"
      >
        <h3 id="defects-heading" className="text-lg font-semibold">
          Seeded defects
        </h3>
        <div className="mt-2">
          <DefectFindings
            defects={evidence.defects}
            commentNumbers={commentNumbers}
            panelOverrides={panelOverrides}
            priorities={evidence.priorities.sentence}
            readOnly={readOnly}
          />
        </div>
      </section>

      <section
        id="evidence-signals"
        aria-labelledby="signals-heading"
        className="mt-6 scroll-mt-4"
      >
        <h3 id="signals-heading" className="text-lg font-semibold">
          Time and paste
        </h3>
        <div className="mt-2">
          <Signals signals={evidence.signals} />
        </div>
      </section>
    </>
  );
}
