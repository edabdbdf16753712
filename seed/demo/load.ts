// The demo data set: staff, one opening and candidates at every stage, with submitted
// scorecards from panelists of different harshness, so a first start shows every screen
// populated. Loads only into an empty database, so loading twice changes nothing.
import type { Recommendation } from "#app/generated/prisma/client";
import { getExercise, getRubric } from "#app/services/content.server";
import { prisma } from "#app/services/db.server";
import {
  createAttempt,
  createCandidate,
  createInvitation,
  createOpening,
  createStaffUser,
  DEFAULT_CONTENT,
} from "../factories";
import type { SubmissionProfile } from "./submissions";
import { ANSWERS, REVIEW_COMMENTS, SUMMARIES } from "./submissions";

export const DEMO_PASSWORD = "leadbench-demo";

export const DEMO_STAFF = [
  {
    key: "admin",
    email: "admin@leadbench.test",
    name: "Morgan Reyes",
    role: "ADMIN",
  },
  {
    key: "manager",
    email: "manager@leadbench.test",
    name: "Hana Sato",
    role: "HIRING_MANAGER",
  },
  {
    key: "priya",
    email: "priya@leadbench.test",
    name: "Priya Raman",
    role: "PANELIST",
  },
  {
    key: "marco",
    email: "marco@leadbench.test",
    name: "Marco Bianchi",
    role: "PANELIST",
  },
  {
    key: "sam",
    email: "sam@leadbench.test",
    name: "Sam Okoye",
    role: "PANELIST",
  },
] as const;

type PanelistKey = "priya" | "marco" | "sam";

/** How far each panelist's scores sit from the panel's: the calibration should find this. */
const HARSHNESS: Record<PanelistKey, number> = {
  priya: 0.4,
  marco: -0.6,
  sam: 0,
};
const CRITERION_WOBBLE = [0, 0.3, -0.3, 0.2, -0.2, 0.1];

type DemoCandidate = {
  name: string;
  email: string;
  stage: "invited" | "in-progress" | "submitted";
  profile?: SubmissionProfile;
  level?: { technical_depth: number; multiplier: number };
  panel?: PanelistKey[];
  scoredBy?: PanelistKey[];
  draftBy?: PanelistKey[];
  redFlags?: Partial<Record<PanelistKey, string[]>>;
};

const CANDIDATES: DemoCandidate[] = [
  { name: "Jordan Lee", email: "jordan.lee@example.com", stage: "invited" },
  {
    name: "Taylor Brooks",
    email: "taylor.brooks@example.com",
    stage: "in-progress",
    profile: "lead",
  },
  {
    name: "Casey Nguyen",
    email: "casey.nguyen@example.com",
    stage: "submitted",
    profile: "engineer",
    panel: ["priya", "marco", "sam"],
  },
  {
    name: "Riley Chen",
    email: "riley.chen@example.com",
    stage: "submitted",
    profile: "lead",
    level: { technical_depth: 3.4, multiplier: 3.6 },
    panel: ["priya", "marco", "sam"],
    scoredBy: ["priya", "marco", "sam"],
  },
  {
    name: "Avery Patel",
    email: "avery.patel@example.com",
    stage: "submitted",
    profile: "engineer",
    level: { technical_depth: 3.3, multiplier: 1.7 },
    panel: ["priya", "marco"],
    scoredBy: ["priya", "marco"],
    redFlags: {
      marco: ["corrects_without_teaching", "hero"],
      priya: ["corrects_without_teaching"],
    },
  },
  {
    name: "Quinn Alvarez",
    email: "quinn.alvarez@example.com",
    stage: "submitted",
    profile: "early",
    level: { technical_depth: 1.9, multiplier: 2.1 },
    panel: ["marco", "sam"],
    scoredBy: ["marco", "sam"],
    redFlags: {
      marco: ["misses_material_issues"],
      sam: ["misses_material_issues"],
    },
  },
  {
    name: "Devon Kim",
    email: "devon.kim@example.com",
    stage: "submitted",
    profile: "lead",
    level: { technical_depth: 2.9, multiplier: 3.2 },
    panel: ["priya", "marco", "sam"],
    scoredBy: ["priya", "sam"],
    draftBy: ["marco"],
  },
];

const HOUR_MS = 60 * 60 * 1000;

function recommendationFor(mean: number): Recommendation {
  if (mean >= 3.25) return "STRONG_YES";
  if (mean >= 2.6) return "YES";
  if (mean >= 1.9) return "NO";
  return "STRONG_NO";
}

export async function loadDemoData(): Promise<{ loaded: boolean }> {
  if ((await prisma.user.count()) > 0) return { loaded: false };
  const [rubric, exercise] = await Promise.all([
    getRubric(DEFAULT_CONTENT.rubricKey, DEFAULT_CONTENT.rubricVersion),
    getExercise(DEFAULT_CONTENT.exerciseKey, DEFAULT_CONTENT.exerciseVersion),
  ]);
  if (!rubric || !exercise)
    throw new Error(
      "Demo data needs the default rubric and exercise in rubrics/ and seed/",
    );

  const staff = Object.fromEntries(
    await Promise.all(
      DEMO_STAFF.map(async (member) => [
        member.key,
        await createStaffUser({ ...member, password: DEMO_PASSWORD }),
      ]),
    ),
  ) as Record<(typeof DEMO_STAFF)[number]["key"], { id: string }>;

  const opening = await createOpening({
    hiringManagerId: staff.manager.id,
    title: "Tech Lead, Payments Platform",
    targetLevel: "TL5",
    teamSize: 5,
    seniorityMix: "2 senior, 2 mid-level, 1 junior",
    codingSharePercent: 50,
    mainChallenge:
      "Split payments out of the monolith while the roadmap keeps shipping: settle the service boundary, keep checkout p95 under 200 ms, and grow the two seniors into owners.",
  });

  for (const [index, demo] of CANDIDATES.entries()) {
    const candidate = await createCandidate({
      openingId: opening.id,
      name: demo.name,
      email: demo.email,
    });
    await createInvitation({ candidateId: candidate.id });
    if (demo.stage === "invited") continue;

    const startedAt = new Date(Date.now() - (96 - index * 6) * HOUR_MS);
    const submittedAt =
      demo.stage === "submitted"
        ? new Date(startedAt.getTime() + 26 * HOUR_MS)
        : null;
    const attempt = await createAttempt({
      candidateId: candidate.id,
      startedAt,
      submittedAt,
      activeSeconds: 5400 + index * 611,
    });
    const profile = demo.profile ?? "lead";
    const answers = Object.entries(ANSWERS[profile]);
    const written =
      demo.stage === "in-progress" ? answers.slice(0, 2) : answers;
    await prisma.writtenAnswer.createMany({
      data: written.map(([questionKey, body]) => ({
        attemptId: attempt.id,
        questionKey,
        body,
        revision: 3,
      })),
    });
    if (demo.stage === "submitted") {
      const defects = new Map(
        exercise.defects.map((defect) => [defect.id, defect]),
      );
      await prisma.reviewComment.createMany({
        data: REVIEW_COMMENTS[profile].flatMap((comment) => {
          const defect = defects.get(comment.defectId);
          if (!defect) return [];
          return [
            {
              attemptId: attempt.id,
              filePath: defect.file,
              startLine: defect.startLine,
              endLine: Math.min(defect.endLine, defect.startLine + 2),
              body: comment.body,
              category: comment.category ?? null,
              severity: comment.severity ?? null,
            },
          ];
        }),
      });
      await prisma.reviewSummary.create({
        data: { attemptId: attempt.id, ...SUMMARIES[profile] },
      });
    }

    for (const panelist of demo.panel ?? []) {
      await prisma.panelAssignment.create({
        data: {
          candidateId: candidate.id,
          panelistId: staff[panelist].id,
          assignedById: staff.manager.id,
        },
      });
    }
    const scorers = [...(demo.scoredBy ?? []), ...(demo.draftBy ?? [])];
    for (const panelist of scorers) {
      const submitted = demo.scoredBy?.includes(panelist) ?? false;
      const criterionScores = rubric.dimensions.flatMap((dimension) =>
        dimension.criteria.map((criterion, criterionIndex) => {
          const level =
            demo.level?.[dimension.key as "technical_depth" | "multiplier"] ??
            2.5;
          const raw =
            level +
            HARSHNESS[panelist] +
            (CRITERION_WOBBLE[criterionIndex] ?? 0);
          const score = Math.min(4, Math.max(1, Math.round(raw)));
          return {
            dimension: dimension.key,
            criterionKey: criterion.key,
            score,
            evidence:
              score === 1 || score === 4 ? evidenceFor(profile, score) : "",
          };
        }),
      );
      const mean =
        criterionScores.reduce((sum, item) => sum + item.score, 0) /
        criterionScores.length;
      await prisma.scorecard.create({
        data: {
          candidateId: candidate.id,
          panelistId: staff[panelist].id,
          rubricKey: rubric.key,
          rubricVersion: rubric.version,
          status: submitted ? "SUBMITTED" : "DRAFT",
          submittedAt: submitted
            ? new Date(submittedAt!.getTime() + 20 * HOUR_MS)
            : null,
          recommendation: submitted ? recommendationFor(mean) : null,
          summary: submitted ? summaryFor(profile) : "",
          criterionScores: { create: criterionScores },
          redFlags: {
            create: (demo.redFlags?.[panelist] ?? []).map((flagKey) => ({
              flagKey,
              note: "Seen in the review comments and the written answers.",
            })),
          },
        },
      });
    }
    // A panelist has judged one of the matcher's "possible" findings, so the demo shows an
    // overridden finding beside found, possible and missed ones.
    const judge = demo.scoredBy?.[0];
    if (profile === "early" && demo.stage === "submitted" && judge) {
      await prisma.defectOverride.create({
        data: {
          candidateId: candidate.id,
          panelistId: staff[judge].id,
          defectId: "n-plus-one-order-items",
          found: false,
          reason:
            "Rejected: asks whether it is slow without naming the query per order.",
        },
      });
    }
  }
  return { loaded: true };
}

function evidenceFor(profile: SubmissionProfile, score: number): string {
  if (score === 4) {
    return profile === "lead"
      ? "Explains the why with numbers, asks rather than orders, offers to pair, and proposes a test that keeps the lesson."
      : "Found the material issues quickly and named the fix precisely.";
  }
  return profile === "early"
    ? "Missed the security defect and the N+1 entirely; answers stay generic with no example of their own."
    : "Comments are bare commands with no reason given; the written answers credit only themselves.";
}

function summaryFor(profile: SubmissionProfile): string {
  return {
    lead: "Prioritised the ownership check first, taught in every comment, and owned a past mistake in the open.",
    engineer:
      "Technically sharp: found most defects fast. Comments correct rather than teach; decisions framed as 'clearly right'.",
    early:
      "Not yet at the level of this opening: missed the material issues and stayed generic.",
  }[profile];
}
