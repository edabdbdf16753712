// The autosave transport against a real local HTTP server: answers it can read are verdicts,
// answers it cannot (the connection dropped mid-body, not JSON, the wrong shape, a 409 cut
// off) are failures to retry, and the engine does retry them until a save lands.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AutosaveStore } from "#app/autosave/store";
import { fetchTransport } from "#app/autosave/transport";

type Reply = (response: ServerResponse, body: string) => void;

/** Writes part of a JSON body, having promised all of it, then drops the connection. */
function cutOff(status: number, json: unknown): Reply {
  return (response) => {
    const text = JSON.stringify(json);
    response.writeHead(status, {
      "Content-Type": "application/json",
      "Content-Length": String(Buffer.byteLength(text)),
    });
    response.write(text.slice(0, Math.floor(text.length / 2)), () =>
      response.socket?.destroy(),
    );
  };
}

function whole(status: number, body: unknown, raw = false): Reply {
  return (response) => {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(raw ? String(body) : JSON.stringify(body));
  };
}

const replies: Reply[] = [];
const received: { method: string; type: string; body: string }[] = [];
let base = "";
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk: Buffer) => (body += chunk.toString()));
  request.on("end", () => {
    received.push({
      method: request.method ?? "",
      type: request.headers["content-type"] ?? "",
      body,
    });
    const reply = replies.shift() ?? whole(500, { error: "no reply set" });
    reply(response, body);
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve()),
  );
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const save = (body: object = { body: "x", baseRevision: 1 }) =>
  fetchTransport("json")({ url: `${base}/save`, method: "POST", body });

const SAVED = { revision: 2, savedAt: "2026-12-02T03:00:00.000Z" };
const CONFLICT = {
  conflict: {
    serverRevision: 3,
    serverValue: { body: "theirs" },
    serverSavedAt: null,
  },
};

describe("fetchTransport", () => {
  it("reads a whole answer as its verdict", async () => {
    replies.push(whole(200, SAVED));
    expect(await save()).toEqual({ kind: "saved", ...SAVED });
    replies.push(whole(200, { deleted: true, revision: 0 }));
    expect(await save()).toEqual({ kind: "deleted" });
    replies.push(whole(409, CONFLICT));
    expect(await save()).toMatchObject({
      kind: "conflict",
      serverRevision: 3,
      serverValue: { body: "theirs" },
    });
    replies.push(whole(409, { error: "Acknowledge the policy first." }));
    expect(await save()).toEqual({
      kind: "rejected",
      message: "Acknowledge the policy first.",
    });
    replies.push(whole(410, { closed: true, error: "Submitted." }));
    expect(await save()).toEqual({ kind: "closed", message: "Submitted." });
    replies.push(whole(401, { error: "Session over." }));
    expect(await save()).toEqual({ kind: "session", message: "Session over." });
  });

  it("treats a save answer cut off mid-body as a failure to retry", async () => {
    replies.push(cutOff(200, SAVED));
    expect(await save()).toMatchObject({ kind: "failed" });
  });

  it("treats a 409 cut off mid-body as a failure to retry, not a refusal", async () => {
    replies.push(cutOff(409, CONFLICT));
    expect(await save()).toMatchObject({ kind: "failed" });
    replies.push(cutOff(409, { error: "Stale." }));
    expect(await save()).toMatchObject({ kind: "failed" });
  });

  it("treats an answer that is not JSON, or of the wrong shape, as a failure to retry", async () => {
    replies.push(whole(200, "<html>proxy error</html>", true));
    expect(await save()).toMatchObject({ kind: "failed" });
    replies.push(whole(200, { revision: "two", savedAt: 5 }));
    expect(await save()).toMatchObject({ kind: "failed" });
    replies.push(whole(409, { conflict: { serverRevision: "?" } }));
    expect(await save()).toMatchObject({ kind: "failed" });
    replies.push(whole(400, "", true));
    expect(await save()).toMatchObject({ kind: "failed" });
  });

  it("retries a server error, and reports no answer at all as offline", async () => {
    replies.push(whole(503, { error: "Busy." }));
    expect(await save()).toMatchObject({ kind: "failed" });
    const nowhere = fetchTransport("json");
    expect(
      await nowhere({
        url: "http://127.0.0.1:1/save",
        method: "POST",
        body: {},
      }),
    ).toEqual({ kind: "offline" });
  });

  it("calls a redirect (to sign-in) a lapsed session", async () => {
    replies.push((response) => {
      response.writeHead(302, { Location: "/login" });
      response.end();
    });
    expect(await save()).toMatchObject({ kind: "session" });
  });

  it("posts a scorecard draft as a form, its base revision in the revision field", async () => {
    replies.push(whole(200, { ok: true, ...SAVED }));
    const result = await fetchTransport("form")({
      url: `${base}/draft`,
      method: "POST",
      body: { summary: "Solid", "score.material_issues": "3", baseRevision: 1 },
    });
    expect(result).toEqual({ kind: "saved", ...SAVED });
    const sent = received.at(-1)!;
    expect(sent.type).toMatch(/application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(sent.body))).toEqual({
      summary: "Solid",
      "score.material_issues": "3",
      revision: "1",
    });
  });
});

describe("the engine over a connection that drops mid-reply", () => {
  it("keeps retrying a save whose answers are cut off until one arrives whole", async () => {
    const timers = new Map<number, () => void>();
    let nextTimer = 0;
    const store = new AutosaveStore({
      transport: fetchTransport("json"),
      storage: null,
      namespace: "test",
      random: () => 0,
      setTimer: (run) => {
        timers.set(++nextTimer, run);
        return nextTimer;
      },
      clearTimer: (id) => timers.delete(id as number),
    });
    /** Runs the one timer set (the retry's backoff) as if its time had come. */
    const backoffEnds = () => {
      expect(timers.size).toBe(1);
      const [id, run] = [...timers][0]!;
      timers.delete(id);
      run();
    };
    store.register("answer:q1", `${base}/save`, {
      value: { body: "v1" },
      revision: 1,
    });
    replies.push(cutOff(409, CONFLICT), cutOff(200, SAVED), whole(200, SAVED));
    store.update("answer:q1", `${base}/save`, { body: "v2" });
    const phase = () => store.getSnapshot().records.get("answer:q1")?.phase;

    await store.flushAll();
    expect(phase()).toBe("retrying");
    backoffEnds();
    await store.flushAll();
    expect(phase()).toBe("retrying");
    backoffEnds();
    await store.flushAll();
    expect(store.getSnapshot().records.get("answer:q1")).toMatchObject({
      phase: "saved",
      revision: 2,
      dirty: false,
    });
    expect(
      received.slice(-3).map((request) => JSON.parse(request.body) as object),
    ).toEqual([
      { body: "v2", baseRevision: 1 },
      { body: "v2", baseRevision: 1 },
      { body: "v2", baseRevision: 1 },
    ]);
  });
});
