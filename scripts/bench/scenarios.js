// What `npm run bench` measures: every page a hiring round lives on, on the data set of
// scripts/bench/dataset.ts. Sessions are opened through the real sign-in form and invite
// links, so the requests carry the same cookies a browser would.
import { randomBytes } from "node:crypto";

/** @typedef {import("./dataset").BenchDataset} BenchDataset */

/**
 * Signs in through the real form and returns the session cookie header.
 * @param {string} baseUrl @param {string} email @param {string} password
 */
export async function signIn(baseUrl, email, password) {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
    redirect: "manual",
  });
  await response.arrayBuffer();
  const cookies = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]);
  if (response.status >= 400 || cookies.length === 0) {
    throw new Error(
      `Signing in as ${email} failed: HTTP ${response.status}, no session cookie.`,
    );
  }
  return cookies.join("; ");
}

/** Opens an invite link and returns the candidate session's cookie header. */
export async function openLink(
  /** @type {string} */ baseUrl,
  /** @type {string} */ token,
) {
  const response = await fetch(`${baseUrl}/a/${token}`, { redirect: "manual" });
  await response.arrayBuffer();
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie)
    throw new Error(`Opening an invite link answered ${response.status}`);
  return cookie;
}

/** A written answer of a realistic length (≈ 2,000 characters), new for every revision. */
export function answerText(/** @type {number} */ revision) {
  const sentence =
    "I would write the decision down with its context, the options we weighed and what would make us revisit it. ";
  return `Revision ${revision}. ${sentence.repeat(18)}`;
}

export const commentId = () => randomBytes(12).toString("base64url");

/**
 * The scenarios, in the order they run: pages first, then the writes (which add comments the
 * review page would otherwise have to render).
 * @param {BenchDataset} data
 * @param {{ admin: string, scorer: string, candidates: string[] }} sessions cookie headers
 * @returns {import("../lib/load.js").Scenario<any>[]}
 */
export function benchScenarios(data, sessions) {
  const questionKey = data.questionKeys[0] ?? "";
  const anonymous = [null];
  const staff =
    (/** @type {string} */ cookie, /** @type {string} */ path) => () => ({
      path,
      headers: { cookie },
    });
  const candidatePage = (/** @type {string} */ path) => ({
    users: sessions.candidates,
    request: (/** @type {string} */ cookie) => ({ path, headers: { cookie } }),
  });
  const comparison = `/admin/openings/${data.comparisonOpeningId}/comparison`;
  return [
    {
      name: "sign-in page: the framework floor",
      label: "GET /login",
      users: anonymous,
      request: () => ({ path: "/login" }),
    },
    {
      name: "liveness, no database",
      label: "GET /healthz",
      users: anonymous,
      request: () => ({ path: "/healthz" }),
    },
    {
      name: "admin home",
      label: "GET /admin",
      users: anonymous,
      request: staff(sessions.admin, "/admin"),
    },
    {
      name: "candidate welcome",
      label: "GET /assessment",
      ...candidatePage("/assessment"),
    },
    {
      name: "a question page",
      label: "GET /assessment/questions/:key",
      ...candidatePage(`/assessment/questions/${questionKey}`),
    },
    {
      name: "review page (HTML)",
      label: "GET /assessment/review",
      ...candidatePage("/assessment/review"),
    },
    {
      name: "review page (.data)",
      label: "GET /assessment/review.data",
      ...candidatePage("/assessment/review.data"),
    },
    {
      name: "panelist's scoring page",
      label: "GET /panel/:candidateId",
      users: data.scoringCandidateIds,
      request: (/** @type {string} */ id) => ({
        path: `/panel/${id}`,
        headers: { cookie: sessions.scorer },
      }),
    },
    {
      name: `comparison, ${data.scoringCandidateIds.length} × 6, 10 connections`,
      label: "GET …/comparison",
      connections: 10,
      users: anonymous,
      request: staff(sessions.admin, comparison),
    },
    {
      name: "comparison CSV, 10 connections",
      label: "GET …/comparison.csv",
      connections: 10,
      users: anonymous,
      request: staff(sessions.admin, `${comparison}.csv`),
    },
    answerAutosave(sessions.candidates, questionKey),
    {
      name: "add a review comment",
      label: "POST /assessment/comments/:id",
      users: sessions.candidates,
      request: (/** @type {string} */ cookie) => ({
        method: "POST",
        path: `/assessment/comments/${commentId()}`,
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({
          ...data.commentAnchor,
          side: "AFTER",
          body: "This loads each order's lines in its own query: an N+1 on the hot path.",
          category: "performance",
          severity: "high",
          baseRevision: 0,
        }),
      }),
    },
    scorecardDraft(data, sessions.scorer),
  ];
}

/**
 * Autosave of a written answer: every request a new text on top of the revision the user
 * last saw, one user per attempt.
 * @param {string[]} cookies @param {string} questionKey
 */
export function answerAutosave(cookies, questionKey) {
  return {
    name: "autosave a written answer (new revision each)",
    label: "POST /assessment/answers/:key",
    users: cookies.map((cookie) => ({ cookie, revision: 0 })),
    request: (/** @type {{ cookie: string, revision: number }} */ user) => ({
      method: "POST",
      path: `/assessment/answers/${questionKey}`,
      headers: { cookie: user.cookie, "content-type": "application/json" },
      body: JSON.stringify({
        body: answerText(user.revision + 1),
        baseRevision: user.revision,
      }),
    }),
    onResponse: (
      /** @type {{ revision: number }} */ user,
      /** @type {number} */ status,
      /** @type {string} */ body,
    ) => {
      try {
        const parsed = JSON.parse(body);
        if (status === 200) user.revision = parsed.revision;
        else if (status === 409) user.revision = parsed.conflict.serverRevision;
        else return false;
      } catch {
        return false;
      }
      return true;
    },
  };
}

/**
 * A scorecard draft save, as the scoring page's autosave posts it, on top of the revision the
 * panelist last saw.
 * @param {BenchDataset} data @param {string} cookie
 */
function scorecardDraft(data, cookie) {
  return {
    name: "scorecard draft save",
    label: "POST /panel/:candidateId/draft",
    users: data.scoringCandidateIds.map((id) => ({ id, revision: 0 })),
    request: (/** @type {{ id: string, revision: number }} */ user) => {
      const form = new URLSearchParams({
        revision: String(user.revision),
        summary: `Draft ${user.revision + 1}: clear reasoning, asks before deciding.`,
      });
      data.scoreFields.forEach((field, index) =>
        form.set(field, String(1 + ((user.revision + index) % 4))),
      );
      return {
        method: "POST",
        path: `/panel/${user.id}/draft`,
        headers: {
          cookie,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: form.toString(),
      };
    },
    onResponse: (
      /** @type {{ revision: number }} */ user,
      /** @type {number} */ status,
      /** @type {string} */ body,
    ) => {
      if (status !== 200) return false;
      try {
        user.revision = JSON.parse(body).revision;
      } catch {
        return false;
      }
      return true;
    },
  };
}
