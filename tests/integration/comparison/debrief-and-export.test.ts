// The debrief and the CSV export through their routes, as a signed-in browser reaches them:
// who may see them, what they show, and what they record.
import { beforeAll, describe, expect, it } from "vitest";
import * as csvRoute from "#app/routes/admin.openings.$openingId.comparison[.]csv";
import * as debriefRoute from "#app/routes/admin.openings.$openingId.candidates.$candidateId.debrief";
import { startSession } from "#app/services/auth.server";
import { prisma } from "#app/services/db.server";
import {
  createCandidate,
  createOpening,
  createStaffUser,
  DEFAULT_CONTENT,
} from "../../../seed/factories";
import { cookieFrom, requestWith, settle } from "../foundation/helpers";

type Staff = Awaited<ReturnType<typeof createStaffUser>>;

let manager: Staff;
let panelists: Staff[] = [];
let openingId = "";
let candidateId = "";
let otherCandidateId = "";
const cookies: Record<string, string> = {};

async function signedIn(user: Staff) {
  return cookieFrom(await startSession(user, requestWith("/login")));
}

async function scorecard(
  candidate: string,
  panelist: Staff,
  scores: [number, number],
  status: "SUBMITTED" | "DRAFT" = "SUBMITTED",
) {
  await prisma.scorecard.create({
    data: {
      candidateId: candidate,
      panelistId: panelist.id,
      rubricKey: DEFAULT_CONTENT.rubricKey,
      rubricVersion: DEFAULT_CONTENT.rubricVersion,
      status,
      submittedAt: status === "SUBMITTED" ? new Date() : null,
      recommendation: "YES",
      summary: `${panelist.name} summary`,
      criterionScores: {
        create: [
          {
            dimension: "technical_depth",
            criterionKey: "material_issues",
            score: scores[0],
            evidence: `${panelist.name}: evidence for material issues`,
          },
          {
            dimension: "multiplier",
            criterionKey: "teaching_reviews",
            score: scores[1],
            evidence: "",
          },
        ],
      },
    },
  });
}

beforeAll(async () => {
  manager = await createStaffUser({ role: "HIRING_MANAGER", name: "Hana" });
  panelists = await Promise.all(
    ["Ana", "Ben", "Cy"].map((name) =>
      createStaffUser({ role: "PANELIST", name }),
    ),
  );
  const opening = await createOpening({
    hiringManagerId: manager.id,
    title: "Tech Lead, Data Platform",
  });
  openingId = opening.id;
  const candidate = await createCandidate({
    openingId,
    name: "Jo Example",
    email: "jo@example.com",
  });
  candidateId = candidate.id;
  await scorecard(candidateId, panelists[0]!, [1, 3]);
  await scorecard(candidateId, panelists[1]!, [3, 3]);
  // Cy's draft would put 4s everywhere; it must not appear.
  await scorecard(candidateId, panelists[2]!, [4, 4], "DRAFT");
  const other = await createOpening({ hiringManagerId: manager.id });
  otherCandidateId = (await createCandidate({ openingId: other.id })).id;

  cookies.manager = await signedIn(manager);
  cookies.panelist = await signedIn(panelists[0]!);
  cookies.otherManager = await signedIn(
    await createStaffUser({ role: "HIRING_MANAGER" }),
  );
});

const debriefPath = (candidate = candidateId) =>
  `/admin/openings/${openingId}/candidates/${candidate}/debrief`;

function loadDebrief(cookie: string, candidate = candidateId) {
  return settle(
    debriefRoute.loader({
      request: requestWith(debriefPath(candidate), cookie),
      params: { openingId, candidateId: candidate },
      context: {},
    }),
  );
}

async function postDebrief(cookie: string, fields: Record<string, string>) {
  const result = await settle(
    debriefRoute.action({
      request: requestWith(debriefPath(), cookie, {
        method: "POST",
        body: new URLSearchParams(fields),
      }),
      params: { openingId, candidateId },
      context: {},
    }),
  );
  return result;
}

describe("the debrief", () => {
  it("shows submitted scorecards side by side by code, with the 2-level gap on the agenda", async () => {
    const data = await loadDebrief(cookies.manager!);
    if (data instanceof Response) throw new Error(`status ${data.status}`);
    expect(data.candidate.code).toMatch(/^C-/);
    expect(JSON.stringify(data)).not.toContain("jo@example.com");
    expect(JSON.stringify(data)).not.toContain("Jo Example");
    expect(data.sheet.panelists.map((p) => p.label)).toEqual(["Ana", "Ben"]);
    const depth = data.sheet.dimensions.find(
      (d) => d.key === "technical_depth",
    );
    const row = depth?.rows.find((r) => r.criterionKey === "material_issues");
    expect(row).toMatchObject({ spread: 2, onAgenda: true });
    expect(row?.cells.map((c) => c.score)).toEqual([1, 3]);
    expect(data.sheet.agenda[0]).toMatchObject({
      kind: "criterion",
      criterionKey: "material_issues",
      low: { score: 1, panelists: ["Ana"] },
      high: { score: 3, panelists: ["Ben"] },
    });
  });

  it("answers 404 to a panelist, another hiring manager, and a candidate of another opening", async () => {
    for (const cookie of [cookies.panelist!, cookies.otherManager!]) {
      expect(await loadDebrief(cookie)).toMatchObject({ status: 404 });
      expect(await postDebrief(cookie, { intent: "reveal" })).toMatchObject({
        status: 404,
      });
    }
    expect(await loadDebrief(cookies.manager!, otherCandidateId)).toMatchObject(
      {
        status: 404,
      },
    );
  });

  it("reveals the name and email on request, and records that it did", async () => {
    const result = await postDebrief(cookies.manager!, { intent: "reveal" });
    expect(result).toMatchObject({
      ok: true,
      identity: { name: "Jo Example", email: "jo@example.com" },
    });
    const events = await prisma.auditEvent.findMany({
      where: { entityId: candidateId, action: "candidate.identity.reveal" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBe(manager.id);
  });

  it("refuses a decision without a real rationale and keeps what was typed", async () => {
    const result = await postDebrief(cookies.manager!, {
      intent: "decide",
      decision: "ADVANCE",
      rationale: "  Good.  ",
    });
    if (!(result && typeof result === "object" && "init" in result))
      throw new Error("expected a 400 data response");
    expect(result.init?.status).toBe(400);
    expect(result.data).toMatchObject({
      ok: false,
      result: {
        error: {
          rationale: [expect.stringContaining("at least a sentence")],
        },
        initialValue: { decision: "ADVANCE", rationale: "  Good.  " },
      },
    });
    const missing = await postDebrief(cookies.manager!, {
      intent: "decide",
      rationale: "A long enough rationale for the record.",
    });
    expect(missing).toMatchObject({
      data: {
        result: { error: { decision: ["Choose advance, hold or reject."] } },
      },
    });
    const candidate = await prisma.candidate.findUniqueOrThrow({
      where: { id: candidateId },
    });
    expect(candidate.decision).toBeNull();
  });

  it("records a decision with its rationale, and audits the change", async () => {
    await postDebrief(cookies.manager!, {
      intent: "decide",
      decision: "HOLD",
      rationale:
        "Strong reviewer; we disagree on material issues, so a follow-up call first.",
    });
    const result = await postDebrief(cookies.manager!, {
      intent: "decide",
      decision: "ADVANCE",
      rationale:
        "The follow-up call settled it: the IDOR was found in the summary.",
    });
    expect(result).toMatchObject({
      ok: true,
      message: "Decision recorded: Advance.",
    });
    const candidate = await prisma.candidate.findUniqueOrThrow({
      where: { id: candidateId },
    });
    expect(candidate).toMatchObject({
      decision: "ADVANCE",
      decidedById: manager.id,
    });
    const events = await prisma.auditEvent.findMany({
      where: { entityId: candidateId, action: "candidate.decision" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [
        { decision: null, rationale: null },
        {
          decision: "HOLD",
          rationale:
            "Strong reviewer; we disagree on material issues, so a follow-up call first.",
        },
      ],
      [
        {
          decision: "HOLD",
          rationale:
            "Strong reviewer; we disagree on material issues, so a follow-up call first.",
        },
        {
          decision: "ADVANCE",
          rationale:
            "The follow-up call settled it: the IDOR was found in the summary.",
        },
      ],
    ]);
  });
});

describe("the CSV export", () => {
  function loadCsv(cookie: string) {
    return settle(
      csvRoute.loader({
        request: requestWith(
          `/admin/openings/${openingId}/comparison.csv`,
          cookie,
        ),
        params: { openingId },
        context: {},
      }),
    );
  }

  it("downloads one row per candidate and dimension, and is audited", async () => {
    const response = await loadCsv(cookies.manager!);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(
      "text/csv; charset=utf-8",
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="comparison-tech-lead-data-platform.csv"',
    );
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(
      /^candidate_code,candidate_name,dimension,calibrated,se,low,high,/,
    );
    expect(lines).toHaveLength(3);
    // Ana 1, Ben 3 on technical depth: a red flag for the 2-level criterion gap.
    expect(lines[1]).toMatch(/^C-[A-Z0-9]+,Jo Example,technical_depth,2,/);
    expect(lines[1]).toContain(",red,");
    expect(lines[1]).toContain("Ana: Yes; Ben: Yes");
    expect(lines[1]).toContain(",advance");
    expect(
      await prisma.auditEvent.count({
        where: { entityId: openingId, action: "opening.comparison.export" },
      }),
    ).toBe(1);
  });

  it("answers 404 to a panelist", async () => {
    expect(await loadCsv(cookies.panelist!)).toMatchObject({ status: 404 });
  });
});
