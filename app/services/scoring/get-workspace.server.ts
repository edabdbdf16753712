// The page a panelist scores from: the candidate's submission (answers, review comments,
// summary, signals), the rubric, the defect matcher's findings, their own scorecard and, only
// after they submit, the panel's. Queries, matching and view shaping are separate steps.
import { defectFindings } from "#app/domain/defect-findings";
import { reviewEvidence } from "#app/domain/review-evidence";
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
  const evidence = readReview(
    content.exercise,
    reviewComments,
    records.reviewSummary,
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
    evidence,
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
 * The one reading of the candidate's review (app/domain/review-evidence): which seeded defects
 * it found, after this panelist's own overrides, and how it prioritised them.
 */
function readReview(
  exercise: WorkspaceContent["exercise"],
  reviewComments: readonly NumberedComment[],
  reviewSummary: Submission["reviewSummary"],
  ownOverrides: Submission["ownOverrides"],
) {
  return reviewEvidence(
    exercise.defects,
    {
      comments: reviewComments.map((comment) => ({
        id: comment.id,
        file: comment.filePath,
        side: comment.side,
        startLine: comment.startLine,
        endLine: comment.endLine,
        body: comment.body,
        category: comment.category,
        severity: comment.severity,
      })),
      summary: reviewSummary?.body,
    },
    ownOverrides.map((override) => ({ ...override, by: "you" })),
  );
}

/** The page's data: only what the panel page shows, in the order it shows it. */
function workspaceView({
  header,
  attempt,
  records,
  content: { rubric, questionSet, exercise },
  reviewComments,
  evidence,
  panel,
}: {
  header: ReturnType<typeof workspaceHeader>;
  attempt: SubmittedAttempt;
  records: Submission;
  content: WorkspaceContent;
  reviewComments: NumberedComment[];
  evidence: ReturnType<typeof reviewEvidence>;
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
    defects: defectFindings(exercise.defects, evidence.findings),
    priorities: evidence.priorities,
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
