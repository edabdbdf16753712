// A bounded, seeded fuzz of every action (and every loader that takes a path id) with input no
// browser form sends: the wrong content type, malformed multipart, NUL bytes, invalid UTF-8,
// huge and negative numbers, unknown intents and ids of every shape, signed in as each role
// and as a candidate. Nothing may answer 5xx, and /readyz must still answer afterwards.
// Loaders and actions are called with Request objects, as Remix calls them (no network).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { evidenceField, scoreField } from "#app/domain/scorecard";
import { startSession } from "#app/services/auth.server";
import { prisma } from "#app/services/db.server";
import { openInvitation } from "#app/services/invitations/open-invitation.server";
import * as login from "#app/routes/login";
import * as logout from "#app/routes/logout";
import * as staff from "#app/routes/admin.staff";
import * as newOpening from "#app/routes/admin.openings.new";
import * as editOpening from "#app/routes/admin.openings.$openingId.edit";
import * as openingPage from "#app/routes/admin.openings.$openingId._index";
import * as comparison from "#app/routes/admin.openings.$openingId.comparison";
import * as comparisonCsv from "#app/routes/admin.openings.$openingId.comparison[.]csv";
import * as debrief from "#app/routes/admin.openings.$openingId.candidates.$candidateId.debrief";
import * as submission from "#app/routes/admin.openings.$openingId.candidates.$candidateId.submission";
import * as workspace from "#app/routes/panel.$candidateId";
import * as draft from "#app/routes/panel.$candidateId.draft";
import * as welcome from "#app/routes/assessment._index";
import * as submit from "#app/routes/assessment.submit";
import * as activity from "#app/routes/assessment.activity";
import * as answers from "#app/routes/assessment.answers.$questionKey";
import * as comments from "#app/routes/assessment.comments.$commentId";
import * as summary from "#app/routes/assessment.summary";
import * as question from "#app/routes/assessment.questions.$questionKey";
import * as readyz from "#app/routes/readyz";
import {
  createAttempt,
  createCandidate,
  createInvitation,
  createOpening,
  createStaffUser,
} from "../../seed/factories";

const SEED = 20_261_202;
const RUNS = 1500;

type Handler = (
  args: ActionFunctionArgs | LoaderFunctionArgs,
) => Promise<unknown>;
type Role = "anonymous" | "ADMIN" | "HIRING_MANAGER" | "PANELIST" | "candidate";
type Encoding =
  | "urlencoded"
  | "multipart"
  | "json"
  | "text"
  | "none"
  | "malformed-multipart"
  | "invalid-utf8-urlencoded"
  | "invalid-utf8-multipart"
  | "invalid-utf8-json"
  | "multipart-file"
  | "oversized";

const ids = {
  opening: "",
  scored: "",
  candidate: "",
  victim: "",
  panelist: "",
};
const cookies: Partial<Record<Role, string>> = {};
const staffUsers: Partial<Record<Role, { id: string; role: string }>> = {};

async function staffCookie(user: {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "HIRING_MANAGER" | "PANELIST";
}): Promise<string> {
  const response = await startSession(
    user,
    new Request("http://localhost/login"),
  );
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

beforeAll(async () => {
  const admin = await createStaffUser({ role: "ADMIN" });
  const manager = await createStaffUser({ role: "HIRING_MANAGER" });
  const panelist = await createStaffUser({ role: "PANELIST" });
  const victim = await createStaffUser({ role: "PANELIST" });
  const opening = await createOpening({ hiringManagerId: manager.id });
  const scored = await createCandidate({ openingId: opening.id });
  await createAttempt({
    candidateId: scored.id,
    startedAt: new Date(Date.now() - 3_600_000),
    submittedAt: new Date(),
  });
  await prisma.panelAssignment.create({
    data: { candidateId: scored.id, panelistId: panelist.id },
  });
  const candidate = await createCandidate({ openingId: opening.id });
  const { token } = await createInvitation({ candidateId: candidate.id });
  const opened = await openInvitation(token);
  if (opened.status !== "ok") throw new Error("the invitation did not open");
  cookies.candidate = opened.headers.get("Set-Cookie")!.split(";")[0]!;
  cookies.ADMIN = await staffCookie(admin);
  cookies.HIRING_MANAGER = await staffCookie(manager);
  cookies.PANELIST = await staffCookie(panelist);
  staffUsers.ADMIN = admin;
  staffUsers.HIRING_MANAGER = manager;
  staffUsers.PANELIST = panelist;
  Object.assign(ids, {
    opening: opening.id,
    scored: scored.id,
    candidate: candidate.id,
    victim: victim.id,
    panelist: panelist.id,
  });
});

/** Path ids: real ones, and every shape a hostile client might put in a path. */
const pathId = fc.oneof(
  { weight: 6, arbitrary: fc.constant("real") },
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "%00",
    "☃",
    "../../etc/passwd",
    "x".repeat(500),
    "",
    " ",
    "__proto__",
    "cm0000000000000000000000",
    "\ud800",
  ),
  fc.string({ maxLength: 40 }),
);

/** A path segment as a client would send it (a lone surrogate cannot be encoded). */
function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
}

type Target = {
  name: string;
  handler: Handler;
  /** Who may use it, so that most cases get past sign-in to the parsing. */
  roles: readonly Role[];
  path: (id: (real: string) => string) => string;
  params: (id: (real: string) => string) => Record<string, string>;
  methods: readonly string[];
};

const STAFF: readonly Role[] = ["ADMIN", "HIRING_MANAGER", "PANELIST"];
const MANAGERS: readonly Role[] = ["ADMIN", "HIRING_MANAGER"];

const roleFor = (path: string): readonly Role[] =>
  path.startsWith("/assessment")
    ? ["candidate"]
    : path === "/admin/staff"
      ? ["ADMIN"]
      : path.startsWith("/admin") || path.startsWith("/x/")
        ? MANAGERS
        : path.startsWith("/panel")
          ? STAFF
          : ["anonymous"];

const target = (
  name: string,
  handler: Handler,
  path: Target["path"],
  params: Target["params"] = () => ({}),
  methods: readonly string[] = ["POST"],
): Target => ({
  name,
  handler,
  path,
  params,
  methods,
  roles: roleFor(path(() => "id")),
});

const TARGETS: Target[] = [
  target("login", login.action as Handler, () => "/login"),
  target("logout", logout.action as Handler, () => "/logout"),
  target("staff", staff.action as Handler, () => "/admin/staff"),
  target(
    "new opening",
    newOpening.action as Handler,
    () => "/admin/openings/new",
  ),
  target(
    "edit opening",
    editOpening.action as Handler,
    (id) => `/admin/openings/${segment(id(ids.opening))}/edit`,
    (id) => ({ openingId: id(ids.opening) }),
  ),
  target(
    "opening page",
    openingPage.action as Handler,
    (id) => `/admin/openings/${segment(id(ids.opening))}?index`,
    (id) => ({ openingId: id(ids.opening) }),
  ),
  target(
    "debrief",
    debrief.action as Handler,
    (id) =>
      `/admin/openings/${segment(id(ids.opening))}/candidates/${segment(id(ids.scored))}/debrief`,
    (id) => ({ openingId: id(ids.opening), candidateId: id(ids.scored) }),
  ),
  target(
    "scoring",
    workspace.action as Handler,
    (id) => `/panel/${segment(id(ids.scored))}`,
    (id) => ({ candidateId: id(ids.scored) }),
  ),
  target(
    "scorecard draft",
    draft.action as Handler,
    (id) => `/panel/${segment(id(ids.scored))}/draft`,
    (id) => ({ candidateId: id(ids.scored) }),
  ),
  target("welcome", welcome.action as Handler, () => "/assessment?index"),
  target("submit", submit.action as Handler, () => "/assessment/submit"),
  target("activity", activity.action as Handler, () => "/assessment/activity"),
  target(
    "answer",
    answers.action as Handler,
    (id) => `/assessment/answers/${segment(id("architecture-decision"))}`,
    (id) => ({ questionKey: id("architecture-decision") }),
  ),
  target(
    "comment",
    comments.action as Handler,
    (id) => `/assessment/comments/${segment(id("comment-0001"))}`,
    (id) => ({ commentId: id("comment-0001") }),
    ["POST", "DELETE", "PUT"],
  ),
  target("summary", summary.action as Handler, () => "/assessment/summary"),
  // Loaders that read an id from the path.
  ...(
    [
      ["opening page (GET)", openingPage.loader, "openingId"],
      ["edit opening (GET)", editOpening.loader, "openingId"],
      ["comparison (GET)", comparison.loader, "openingId"],
      ["comparison CSV (GET)", comparisonCsv.loader, "openingId"],
      ["scoring (GET)", workspace.loader, "candidateId"],
      ["question (GET)", question.loader, "questionKey"],
    ] as const
  ).map(([name, loader, param]) =>
    target(
      name,
      loader as Handler,
      (id) => `/x/${segment(id(ids.opening))}`,
      (id) => ({ [param]: id(param === "questionKey" ? "x" : ids.opening) }),
      ["GET"],
    ),
  ),
  target(
    "submission (GET)",
    submission.loader as Handler,
    (id) => `/x/${segment(id(ids.scored))}`,
    (id) => ({ openingId: id(ids.opening), candidateId: id(ids.scored) }),
    ["GET"],
  ),
  target(
    "debrief (GET)",
    debrief.loader as Handler,
    (id) => `/x/${segment(id(ids.scored))}`,
    (id) => ({ openingId: id(ids.opening), candidateId: id(ids.scored) }),
    ["GET"],
  ),
];

const INTENTS = [
  "create",
  "set-role",
  "set-active",
  "reset-password",
  "add-candidate",
  "import-csv",
  "issue-invite",
  "revoke-invite",
  "set-panel",
  "reveal",
  "decide",
  "save",
  "submit",
  "amend",
  "override-defect",
  "clear-override",
  "drop-table",
  "",
  "__proto__",
  "constructor",
  "submit\u0000",
];

const FIELDS = [
  "intent",
  "name",
  "email",
  "csv",
  "candidateId",
  "panelistIds",
  "userId",
  "role",
  "active",
  "password",
  "title",
  "teamSize",
  "seniorityMix",
  "codingSharePercent",
  "mainChallenge",
  "targetLevel",
  "rubric",
  "questionSet",
  "exercise",
  "hiringManagerId",
  "decision",
  "rationale",
  "defectId",
  "verdict",
  "reason",
  "revision",
  "recommendation",
  "summary",
  scoreField("ownership"),
  evidenceField("ownership"),
  "acknowledge",
  "confirm",
  "redirectTo",
  "body",
  "baseRevision",
  "verdict",
  "filePath",
  "side",
  "startLine",
  "endLine",
  "category",
  "severity",
  "activeSeconds",
  "pasteCount",
  "pasteCharacters",
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "a\u0000b",
    "\u0000",
    "Ana Lima\u0000",
    "ana\u0000@example.com",
    "1e400",
    "-1",
    "-2147483649",
    "2147483648",
    "99999999999999999999999",
    "NaN",
    "Infinity",
    "0x10",
    "4",
    "yes",
    "on",
    "found",
    "ADVANCE",
    "ADMIN",
    "TL5",
    "tech-lead@1",
    "tech-lead@99999999999",
    "AFTER",
    "/%E2%98%83",
    "/☃",
    "//evil.example",
    "leadbench-demo",
    "\ud800",
    "x".repeat(5_000),
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

const fieldValue = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  {
    weight: 2,
    arbitrary: fc.constantFrom("opening", "scored", "victim", "panelist"),
  },
);

const jsonValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.constantFrom(
    1e300,
    -1,
    -1e300,
    2_147_483_648,
    Number.MAX_SAFE_INTEGER,
    0.5,
    null,
    true,
  ),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileText, { maxKeys: 2 }),
);

const fuzzCase = fc.record({
  target: fc.integer({ min: 0, max: TARGETS.length - 1 }),
  role: fc.oneof(
    { weight: 3, arbitrary: fc.constant<Role | "fitting">("fitting") },
    {
      weight: 2,
      arbitrary: fc.constantFrom<Role | "fitting">(
        "anonymous",
        "ADMIN",
        "HIRING_MANAGER",
        "PANELIST",
        "candidate",
      ),
    },
  ),
  method: fc.nat(),
  ids: fc.array(pathId, { minLength: 2, maxLength: 2 }),
  encoding: fc.constantFrom<Encoding>(
    "urlencoded",
    "urlencoded",
    "multipart",
    "multipart",
    "json",
    "json",
    "text",
    "none",
    "malformed-multipart",
    "invalid-utf8-urlencoded",
    "invalid-utf8-multipart",
    "invalid-utf8-json",
    "multipart-file",
    "oversized",
  ),
  intent: fc.constantFrom(...INTENTS),
  fields: fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, {
    maxKeys: 8,
  }),
  json: fc.dictionary(fc.constantFrom(...FIELDS), jsonValue, { maxKeys: 8 }),
  origin: fc.constantFrom(undefined, undefined, undefined, "http://localhost"),
});

type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

function realValue(value: string): string {
  return value in ids ? ids[value as keyof typeof ids] : value;
}

const encoder = new TextEncoder();
const concat = (...parts: (string | Uint8Array)[]) => {
  const bytes = parts.map((part) =>
    typeof part === "string" ? encoder.encode(part) : part,
  );
  const out = new Uint8Array(bytes.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    at += b.byteLength;
  }
  return out;
};

function body(
  input: FuzzCase,
  fields: [string, string][],
): { body?: BodyInit; contentType?: string } {
  const boundary = "----leadbench-fuzz";
  const multipart = (entries: [string, string | Uint8Array][]) =>
    concat(
      ...entries.flatMap(([name, value]) => [
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`,
        value,
        "\r\n",
      ]),
      `--${boundary}--\r\n`,
    );
  switch (input.encoding) {
    case "urlencoded":
      return {
        body: new URLSearchParams(fields).toString(),
        contentType: "application/x-www-form-urlencoded",
      };
    case "multipart": {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      return { body: form };
    }
    case "json":
      return {
        body: JSON.stringify({ intent: input.intent, ...input.json }),
        contentType: "application/json",
      };
    case "text":
      return { body: "intent=save\u0000", contentType: "text/plain" };
    case "none":
      return {};
    case "malformed-multipart":
      return {
        body: `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsave`,
        contentType: `multipart/form-data; boundary=${boundary}`,
      };
    case "invalid-utf8-urlencoded":
      return {
        body: concat(
          `intent=${encodeURIComponent(input.intent)}&name=`,
          new Uint8Array([0xff, 0xfe, 0x41]),
          "&email=%FF%C0",
        ),
        contentType: "application/x-www-form-urlencoded",
      };
    case "invalid-utf8-multipart":
      return {
        body: multipart([
          ["intent", input.intent],
          ["name", new Uint8Array([0xc3, 0x28, 0xa0, 0xa1])],
        ]),
        contentType: `multipart/form-data; boundary=${boundary}`,
      };
    case "invalid-utf8-json":
      return {
        body: concat('{"body":"', new Uint8Array([0xff, 0xc0]), '"}'),
        contentType: "application/json",
      };
    case "multipart-file": {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      form.append("csv", new Blob(["a,b@c.d"]), "list.csv");
      return { body: form };
    }
    case "oversized":
      return {
        body: new URLSearchParams([
          ...fields,
          ["csv", "x".repeat(1_100_000)],
        ]).toString(),
        contentType: "application/x-www-form-urlencoded",
      };
  }
}

async function requestFor(input: FuzzCase) {
  const chosen = TARGETS[input.target]!;
  const method = chosen.methods[input.method % chosen.methods.length]!;
  const idsUsed = [...input.ids];
  const id = (real: string) => {
    const next = idsUsed.shift() ?? "real";
    return next === "real" ? real : next;
  };
  const path = chosen.path(id);
  idsUsed.splice(0, idsUsed.length, ...input.ids);
  const params = chosen.params(id);
  const headers = new Headers();
  const role =
    input.role === "fitting"
      ? chosen.roles[input.method % chosen.roles.length]!
      : input.role;
  // Logging out ends the session it is sent with: give it one of its own.
  if (role !== "anonymous") {
    const staffUser = staffUsers[role];
    const cookie =
      chosen.name === "logout" && staffUser
        ? await staffCookie(
            await prisma.user.findUniqueOrThrow({
              where: { id: staffUser.id },
              select: { id: true, email: true, name: true, role: true },
            }),
          )
        : cookies[role];
    if (cookie) headers.set("Cookie", cookie);
  }
  if (input.origin) headers.set("Origin", input.origin);
  const fields: [string, string][] = [
    ["intent", input.intent],
    ...Object.entries(input.fields).map(
      ([name, value]) => [name, realValue(value)] as [string, string],
    ),
  ];
  const init: RequestInit = { method, headers };
  if (method !== "GET") {
    const made = body(input, fields);
    if (made.contentType) headers.set("Content-Type", made.contentType);
    if (made.body !== undefined) init.body = made.body;
  }
  return {
    name: `${method} ${chosen.name} as ${role} (${input.encoding})`,
    handler: chosen.handler,
    request: new Request(`http://localhost${path}`, init),
    params,
  };
}

/** The status Remix would answer with: a thrown non-Response is a 500. */
async function statusOf(
  run: Promise<unknown>,
): Promise<{ status: number; error?: unknown }> {
  try {
    const value = await run;
    if (value instanceof Response) return { status: value.status };
    if (value && typeof value === "object" && "init" in value) {
      const init = (value as { init?: { status?: number } | null }).init;
      return { status: init?.status ?? 200 };
    }
    return { status: 200 };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status };
    return { status: 500, error: thrown };
  }
}

describe("hostile input", () => {
  it(`answers ${RUNS} seeded malformed requests, and each route as each role, without a server error`, async () => {
    const sampled = fc.sample(fuzzCase, { seed: SEED, numRuns: RUNS });
    // Every route as every role at least once, then the seeded mix (mostly the fitting role).
    const ROLES = [
      "anonymous",
      "ADMIN",
      "HIRING_MANAGER",
      "PANELIST",
      "candidate",
    ] as const;
    const cases = [
      ...TARGETS.flatMap((_, index) =>
        ROLES.map((role, r) => ({
          ...sampled[(index * ROLES.length + r) % sampled.length]!,
          target: index,
          role,
        })),
      ),
      ...sampled,
    ];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const input of cases) {
      const { name, handler, request, params } = await requestFor(input);
      const { status, error } = await statusOf(
        handler({
          request,
          params,
          context: { clientAddress: "127.0.0.1" },
        }),
      );
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) {
        failures.push(
          `${name}: ${status} ${error instanceof Error ? error.message.slice(0, 300) : String(error)}\n  ${JSON.stringify(input).slice(0, 400)}`,
        );
      }
    }
    console.log(
      "Statuses:",
      [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`),
    );
    expect(failures).toEqual([]);

    const ready = (await readyz.loader()) as Response;
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
    // About 35 s on an idle 2-core machine; a bound, not a speed check: room for a busy one.
  }, 240_000);
});

describe("the cases the probe found", () => {
  async function post(
    handler: Handler,
    path: string,
    params: Record<string, string>,
    cookie: string | undefined,
    init: { body?: BodyInit; contentType?: string },
  ) {
    const headers = new Headers();
    if (cookie) headers.set("Cookie", cookie);
    if (init.contentType) headers.set("Content-Type", init.contentType);
    return statusOf(
      handler({
        request: new Request(`http://localhost${path}`, {
          method: "POST",
          headers,
          body: init.body,
        }),
        params,
        context: { clientAddress: "127.0.0.1" },
      }),
    );
  }

  it("answers 415 to JSON posted to a form action", async () => {
    const result = await post(
      openingPage.action as Handler,
      `/admin/openings/${ids.opening}?index`,
      { openingId: ids.opening },
      cookies.ADMIN,
      { body: '{"intent":"add-candidate"}', contentType: "application/json" },
    );
    expect(result.status).toBe(415);
  });

  it("answers 400 to malformed multipart", async () => {
    const result = await post(
      login.action as Handler,
      "/login",
      {},
      undefined,
      {
        body: "--x\r\nContent-Disposition: form-data; name=email\r\n\r\na",
        contentType: "multipart/form-data; boundary=x",
      },
    );
    expect(result.status).toBe(400);
  });

  it("refuses a candidate named with a NUL, naming the field, and keeps the input", async () => {
    const result = (await openingPage.action({
      request: new Request(`http://localhost/admin/openings/${ids.opening}`, {
        method: "POST",
        headers: { Cookie: cookies.ADMIN! },
        body: new URLSearchParams({
          intent: "add-candidate",
          name: "a\u0000b",
          email: "nul@example.com",
        }),
      }),
      params: { openingId: ids.opening },
      context: {},
    })) as unknown as {
      init: { status: number };
      data: {
        result: {
          error: Record<string, string[]>;
          initialValue: Record<string, string>;
        };
      };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.result.error.name).toEqual([
      expect.stringMatching(/^Name contains a NUL character/),
    ]);
    expect(result.data.result.initialValue.email).toBe("nul@example.com");
  });

  it("strips NUL from a candidate's autosaved text instead of failing the save", async () => {
    const response = (await answers.action({
      request: new Request(
        "http://localhost/assessment/answers/architecture-decision",
        {
          method: "POST",
          headers: {
            Cookie: cookies.candidate!,
            "Content-Type": "application/json",
          },
          body: JSON.stringify({ body: "a\u0000b", baseRevision: 0 }),
        },
      ),
      params: { questionKey: "architecture-decision" },
      context: {},
    })) as Response;
    // 200 once the policy is accepted; before that the attempt refuses saves with a 4xx.
    expect(response.status).toBeLessThan(500);
    if (response.status === 200) {
      const stored = await prisma.writtenAnswer.findFirst({
        where: { questionKey: "architecture-decision" },
        select: { body: true },
      });
      expect(stored?.body).toBe("ab");
    }
  });

  it("answers 404 to a path id of the wrong shape", async () => {
    const result = await statusOf(
      workspace.loader({
        request: new Request("http://localhost/panel/%00", {
          headers: { Cookie: cookies.PANELIST! },
        }),
        params: { candidateId: "\u0000" },
        context: {},
      }),
    );
    expect(result.status).toBe(404);
  });

  it("signs in with redirectTo=/%E2%98%83 and lands there, percent-encoded", async () => {
    await createStaffUser({
      role: "ADMIN",
      email: "snowman@leadbench.test",
      password: "a good long password",
    });
    const result = await login
      .action({
        request: new Request("http://localhost/login", {
          method: "POST",
          body: new URLSearchParams({
            email: "snowman@leadbench.test",
            password: "a good long password",
            redirectTo: "/☃",
          }),
        }),
        params: {},
        context: { clientAddress: "127.0.0.2" },
      })
      .catch((thrown: unknown) => thrown);
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toBe("/%E2%98%83");
  });
});
