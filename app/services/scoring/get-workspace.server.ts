// The page a panelist scores from: the candidate's submission (answers, review comments,
// summary, signals), the rubric, the defect matcher's findings, their own scorecard and, only
// after they submit, the panel's. Queries, matching and view shaping are separate steps.
import { applyOverrides, matchDefects } from "#app/domain/defect-matcher";
import type { Actor } from "#app/domain/roles";
import { maySeePanel } from "#app/domain/scorecard";
import { getQuestionSet } from "../content.server";
import { prisma } from "../db.server";
import {
  reviewCommentOrder,
  reviewCommentSelect,
} from "../review-comments.server";
import {
  assignedCandidate,
  exerciseFor,
  ownScorecard,
  rubricFor,
  type AssignedCandidate,
  type SubmittedAttempt,
} from "./assignment.server";
import { panelView } from "./panel-view.server";
import { scorecardContent, scorecardSelect } from "./scorecard-revision.server";

export async function getWorkspace(panelist: Actor, candidateId: string) {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const header = workspaceHeader(candidate);
  const attempt = candidate.attempt;
  if (!attempt?.submittedAt)
    return { kind: "waiting" as const, candidate: header };
  const submitted = { ...attempt, submittedAt: attempt.submittedAt };

  const records = await loadSubmission(submitted.id, candidateId, panelist);
  const content = await loadContent(candidate, submitted, records.own);
  const reviewComments = numberedComments(records.comments);
  const defects = defectFindings(
    content.exercise,
    reviewComments,
    records.ownOverrides,
  );
  const panel = maySeePanel(records.own)
    ? await panelView(candidateId, panelist.id)
    : null;
  return workspaceView({
    header,
    attempt: submitted,
    records,
    content,
    reviewComments,
    defects,
    panel,
  });
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

/** What the candidate submitted and what this panelist has written about it so far. */
async function loadSubmission(
  attemptId: string,
  candidateId: string,
  panelist: Actor,
) {
  const [own, answers, comments, reviewSummary, ownOverrides] =
    await Promise.all([
      prisma.scorecard.findUnique({
        where: ownScorecard(panelist, candidateId),
        select: scorecardSelect,
      }),
      prisma.writtenAnswer.findMany({
        where: { attemptId },
        select: { questionKey: true, body: true },
      }),
      prisma.reviewComment.findMany({
        where: { attemptId },
        orderBy: reviewCommentOrder,
        select: reviewCommentSelect,
      }),
      prisma.reviewSummary.findUnique({
        where: { attemptId },
        select: { verdict: true, body: true },
      }),
      prisma.defectOverride.findMany({
        where: { candidateId, panelistId: panelist.id },
        orderBy: { updatedAt: "asc" },
        select: { defectId: true, found: true, reason: true, updatedAt: true },
      }),
    ]);
  return { own, answers, comments, reviewSummary, ownOverrides };
}

type Submission = Awaited<ReturnType<typeof loadSubmission>>;

/** The content versions the attempt was given, and the rubric the scorecard uses. */
async function loadContent(
  candidate: AssignedCandidate,
  attempt: SubmittedAttempt,
  own: Submission["own"],
) {
  const [rubric, questionSet, exercise] = await Promise.all([
    rubricFor(candidate, own),
    getQuestionSet(attempt.questionSetKey, attempt.questionSetVersion),
    exerciseFor(attempt),
  ]);
  if (!questionSet) {
    throw new Error(
      `Question set ${attempt.questionSetKey} v${attempt.questionSetVersion} is missing from seed/questions/`,
    );
  }
  return { rubric, questionSet, exercise };
}

type WorkspaceContent = Awaited<ReturnType<typeof loadContent>>;

/** The comments as the page labels them: numbered in review order, sides in lower case. */
function numberedComments(comments: Submission["comments"]) {
  return comments.map((comment, index) => ({
    ...comment,
    number: index + 1,
    side: comment.side === "BEFORE" ? ("before" as const) : ("after" as const),
  }));
}

type NumberedComment = ReturnType<typeof numberedComments>[number];

/**
 * The exercise's seeded defects with the matcher's verdict on the candidate's comments, and
 * this panelist's own overrides of it.
 */
function defectFindings(
  exercise: WorkspaceContent["exercise"],
  reviewComments: readonly NumberedComment[],
  ownOverrides: Submission["ownOverrides"],
) {
  const knownDefects = new Set(exercise.defects.map((defect) => defect.id));
  const statuses = applyOverrides(
    matchDefects(
      exercise.defects,
      reviewComments.map((comment) => ({
        id: comment.id,
        file: comment.filePath,
        side: comment.side,
        startLine: comment.startLine,
        endLine: comment.endLine,
        body: comment.body,
      })),
    ),
    // An exercise edited after the fact may have dropped a defect someone overrode.
    ownOverrides
      .filter((override) => knownDefects.has(override.defectId))
      .map((override) => ({ ...override, by: "you" })),
  );
  return exercise.defects.map((defect) => {
    const status = statuses.find((s) => s.id === defect.id);
    return {
      id: defect.id,
      title: defect.title,
      category: defect.category,
      severity: defect.severity,
      decoy: defect.decoy ?? false,
      file: defect.file,
      startLine: defect.startLine,
      endLine: defect.endLine,
      finding: defect.finding,
      found: status?.found ?? false,
      matched: status?.matched ?? false,
      reasons: status?.reasons ?? [],
      override: status?.override
        ? { found: status.override.found, reason: status.override.reason }
        : null,
    };
  });
}

/** The page's data: only what the panel page shows, in the order it shows it. */
function workspaceView({
  header,
  attempt,
  records,
  content: { rubric, questionSet, exercise },
  reviewComments,
  defects,
  panel,
}: {
  header: ReturnType<typeof workspaceHeader>;
  attempt: SubmittedAttempt;
  records: Submission;
  content: WorkspaceContent;
  reviewComments: NumberedComment[];
  defects: ReturnType<typeof defectFindings>;
  panel: Awaited<ReturnType<typeof panelView>> | null;
}) {
  const { own, answers, reviewSummary } = records;
  const answerByQuestion = new Map(answers.map((a) => [a.questionKey, a.body]));
  return {
    kind: "ready" as const,
    candidate: header,
    signals: {
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      activeSeconds: attempt.activeSeconds,
      pasteCount: attempt.pasteCount,
      pasteCharacters: attempt.pasteCharacters,
    },
    questions: questionSet.questions.map((question) => ({
      key: question.key,
      title: question.title,
      prompt: question.prompt,
      guidance: question.guidance,
      criteria: question.criteria,
      words: question.words,
      answer: answerByQuestion.get(question.key) ?? null,
    })),
    review: {
      title: exercise.title,
      description: exercise.description,
      author: exercise.author,
      files: exercise.files,
      comments: reviewComments,
      summary: reviewSummary,
    },
    defects,
    rubric: {
      key: rubric.key,
      version: rubric.version,
      title: rubric.title,
      description: rubric.description,
      scale: rubric.scale,
      recommendations: rubric.recommendations,
      dimensions: rubric.dimensions,
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
