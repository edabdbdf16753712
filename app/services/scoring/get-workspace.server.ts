// The page a panelist scores from: the candidate's submission as every staff view reads it
// (submission-evidence.server.ts: answers, review, findings, signals), the rubric with the
// exercise's examples, their own scorecard and, only after they submit, the panel's. Queries
// and view shaping are separate steps; the review is read in submission-evidence.
import type { Actor } from "#app/domain/roles";
import { maySeePanel } from "#app/domain/scorecard";
import { prisma } from "../db.server";
import {
  loadSubmissionEvidence,
  type SubmissionEvidence,
} from "../submission-evidence.server";
import {
  assignedCandidate,
  ownScorecard,
  rubricFor,
  type AssignedCandidate,
  type ScoringRubric,
} from "./assignment.server";
import { panelView } from "./panel-view.server";
import { scorecardContent, scorecardSelect } from "./scorecard-revision.server";

export async function getWorkspace(panelist: Actor, candidateId: string) {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const header = workspaceHeader(candidate);
  const attempt = candidate.attempt;
  if (!attempt?.submittedAt)
    return { kind: "waiting" as const, candidate: header };

  const { own, ownOverrides } = await loadOwnWork(candidateId, panelist);
  const [rubric, evidence] = await Promise.all([
    rubricFor(candidate, own),
    loadSubmissionEvidence(
      { ...attempt, submittedAt: attempt.submittedAt },
      ownOverrides.map((override) => ({ ...override, by: "you" })),
    ),
  ]);
  const panel = maySeePanel(own)
    ? await panelView(candidateId, panelist.id)
    : null;
  return workspaceView({ header, evidence, rubric, own, panel });
}

export type Workspace = Awaited<ReturnType<typeof getWorkspace>>;

/** Who is being scored, as the page names them: by code, never by name. */
function workspaceHeader(candidate: AssignedCandidate) {
  return {
    id: candidate.id,
    code: candidate.code,
    openingTitle: candidate.opening.title,
    targetLevel: candidate.opening.targetLevel,
  };
}

/** What this panelist has written about the candidate so far: scorecard and overrides. */
async function loadOwnWork(candidateId: string, panelist: Actor) {
  const [own, ownOverrides] = await Promise.all([
    prisma.scorecard.findUnique({
      where: ownScorecard(panelist, candidateId),
      select: scorecardSelect,
    }),
    prisma.defectOverride.findMany({
      where: { candidateId, panelistId: panelist.id },
      orderBy: { updatedAt: "asc" },
      select: { defectId: true, found: true, reason: true },
    }),
  ]);
  return { own, ownOverrides };
}

/** The page's data: only what the panel page shows, in the order it shows it. */
function workspaceView({
  header,
  evidence,
  rubric,
  own,
  panel,
}: {
  header: ReturnType<typeof workspaceHeader>;
  evidence: SubmissionEvidence;
  rubric: ScoringRubric;
  own: Awaited<ReturnType<typeof loadOwnWork>>["own"];
  panel: Awaited<ReturnType<typeof panelView>> | null;
}) {
  return {
    kind: "ready" as const,
    candidate: header,
    signals: evidence.signals,
    questions: evidence.questions,
    review: evidence.review,
    defects: evidence.defects,
    priorities: evidence.priorities,
    rubric: {
      key: rubric.key,
      version: rubric.version,
      title: rubric.title,
      description: rubric.description,
      scale: rubric.scale,
      recommendations: rubric.recommendations,
      // Each exercise supplies its own examples of the rubric's general levels.
      dimensions: rubric.dimensions.map((dimension) => ({
        ...dimension,
        criteria: dimension.criteria.map((criterion) => ({
          ...criterion,
          examples: evidence.exercise.rubricExamples?.[criterion.key] ?? {},
        })),
      })),
      redFlags: rubric.redFlags,
    },
    scorecard: own
      ? {
          status: own.status,
          revision: own.revision,
          submittedAt: own.submittedAt,
          updatedAt: own.updatedAt,
          content: scorecardContent(own),
        }
      : null,
    panel,
  };
}
