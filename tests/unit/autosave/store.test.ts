// The browser's autosave engine, driven with a fake server, clock and storage: what it sends,
// what it keeps on the device, and what it does when the server says no.
import { describe, expect, it } from "vitest";
import {
  AutosaveStore,
  type DraftStorage,
  type SaveOutcome,
  type SaveRequest,
} from "#app/autosave/store";

class MemoryStorage implements DraftStorage {
  items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

type Pending = {
  request: SaveRequest;
  answer: (outcome: SaveOutcome) => Promise<void>;
};

/** A server whose answers the test gives one by one, and a clock the test moves. */
function harness(storage = new MemoryStorage()) {
  const requests: Pending[] = [];
  const timers: { run: () => void; at: number; id: number }[] = [];
  let now = 0;
  let nextId = 1;
  const store = new AutosaveStore({
    storage,
    namespace: "lb:autosave:attempt-1",
    random: () => 0.5,
    debounceMs: 800,
    setTimer: (run, ms) => {
      const id = nextId++;
      timers.push({ run, at: now + ms, id });
      return id;
    },
    clearTimer: (id) => {
      const index = timers.findIndex((t) => t.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
    transport: (request) =>
      new Promise<SaveOutcome>((resolve) => {
        requests.push({
          request,
          answer: async (outcome) => {
            resolve(outcome);
            await flushPromises();
          },
        });
      }),
  });
  const advance = async (ms: number) => {
    now += ms;
    for (;;) {
      const due = timers
        .filter((t) => t.at <= now)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers.splice(timers.indexOf(due), 1);
      due.run();
      await flushPromises();
    }
  };
  const record = (key: string) => store.getSnapshot().records.get(key);
  const draft = (key: string) => {
    const raw = storage.getItem(`lb:autosave:attempt-1:${key}`);
    return raw
      ? (JSON.parse(raw) as { value: unknown; revision: number })
      : null;
  };
  return { store, storage, requests, advance, record, draft, timers };
}

async function flushPromises() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

const URL = "/assessment/answers/q1";
const saved = (revision: number): SaveOutcome => ({
  kind: "saved",
  revision,
  savedAt: "2026-11-22T10:00:00.000Z",
});

describe("AutosaveStore", () => {
  it("keeps every change on the device at once and saves after a pause in typing", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, { value: { body: "" }, revision: 0 });
    h.store.update("answer:q1", URL, { body: "Hel" });
    h.store.update("answer:q1", URL, { body: "Hello" });
    expect(h.draft("answer:q1")).toMatchObject({
      value: { body: "Hello" },
      revision: 0,
    });
    expect(h.record("answer:q1")?.phase).toBe("pending");
    await h.advance(799);
    expect(h.requests).toHaveLength(0);
    await h.advance(1);
    expect(h.requests).toHaveLength(1);
    expect(h.requests[0]!.request).toEqual({
      url: URL,
      method: "POST",
      body: { body: "Hello", baseRevision: 0 },
      keepalive: false,
    });
    await h.requests[0]!.answer(saved(1));
    expect(h.record("answer:q1")).toMatchObject({
      phase: "saved",
      dirty: false,
      revision: 1,
    });
    // Confirmed by the server: the device copy is no longer needed.
    expect(h.draft("answer:q1")).toBeNull();
    expect(h.store.getSnapshot().lastSavedAt).toBe("2026-11-22T10:00:00.000Z");
  });

  it("sends what was typed during a save next, on the new revision", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, { value: { body: "a" }, revision: 3 });
    h.store.update("answer:q1", URL, { body: "ab" });
    await h.advance(800);
    h.store.update("answer:q1", URL, { body: "abc" });
    await h.requests[0]!.answer(saved(4));
    expect(h.record("answer:q1")?.dirty).toBe(true);
    expect(h.draft("answer:q1")).toMatchObject({
      value: { body: "abc" },
      revision: 4,
    });
    await h.advance(800);
    expect(h.requests[1]!.request.body).toEqual({
      body: "abc",
      baseRevision: 4,
    });
    await h.requests[1]!.answer(saved(5));
    expect(h.record("answer:q1")).toMatchObject({
      phase: "saved",
      revision: 5,
    });
  });

  it("keeps the text while offline, retries with backoff, and sends at once when back online", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, null);
    h.store.update("answer:q1", URL, { body: "written on a train" });
    await h.advance(800);
    await h.requests[0]!.answer({ kind: "offline" });
    expect(h.record("answer:q1")?.phase).toBe("offline");
    expect(h.draft("answer:q1")).toMatchObject({
      value: { body: "written on a train" },
    });
    // First retry: half a second fixed plus half of the random part (random() is 0.5).
    await h.advance(749);
    expect(h.requests).toHaveLength(1);
    await h.advance(1);
    expect(h.requests).toHaveLength(2);
    await h.requests[1]!.answer({ kind: "offline" });
    // Typing while offline neither loses the text nor resets the backoff.
    h.store.update("answer:q1", URL, { body: "written on a train, more" });
    expect(h.record("answer:q1")?.phase).toBe("offline");
    h.store.retryNow();
    expect(h.requests[2]!.request.body).toEqual({
      body: "written on a train, more",
      baseRevision: 0,
    });
    await h.requests[2]!.answer(saved(1));
    expect(h.record("answer:q1")?.phase).toBe("saved");
    expect(h.draft("answer:q1")).toBeNull();
  });

  it("retries a server error and says so", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, null);
    h.store.update("answer:q1", URL, { body: "x" });
    await h.advance(800);
    await h.requests[0]!.answer({
      kind: "failed",
      message: "The server could not save just now (503).",
    });
    expect(h.record("answer:q1")).toMatchObject({
      phase: "retrying",
      message: "The server could not save just now (503).",
    });
    await h.advance(750);
    expect(h.requests).toHaveLength(2);
  });

  it("restores a copy left on the device by a reload and pushes it", async () => {
    const storage = new MemoryStorage();
    const before = harness(storage);
    before.store.register("answer:q1", URL, {
      value: { body: "saved" },
      revision: 2,
    });
    before.store.update("answer:q1", URL, { body: "saved and more" });
    // The page reloads before the save is sent: a new store on the same storage.
    const after = harness(storage);
    after.store.register("answer:q1", URL, {
      value: { body: "saved" },
      revision: 2,
    });
    expect(after.record("answer:q1")).toMatchObject({
      value: { body: "saved and more" },
      phase: "pending",
    });
    await after.advance(0);
    expect(after.requests[0]!.request.body).toEqual({
      body: "saved and more",
      baseRevision: 2,
    });
  });

  it("forgets a device copy that the server already holds", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      "lb:autosave:attempt-1:answer:q1",
      JSON.stringify({ value: { body: "same" }, revision: 1 }),
    );
    const h = harness(storage);
    h.store.register("answer:q1", URL, {
      value: { body: "same" },
      revision: 2,
    });
    expect(h.record("answer:q1")?.phase).toBe("saved");
    expect(h.draft("answer:q1")).toBeNull();
  });

  it("shows both versions when the device copy is older than the server's", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      "lb:autosave:attempt-1:answer:q1",
      JSON.stringify({ value: { body: "typed here" }, revision: 1 }),
    );
    const h = harness(storage);
    h.store.register("answer:q1", URL, {
      value: { body: "typed elsewhere" },
      revision: 2,
    });
    expect(h.record("answer:q1")).toMatchObject({
      phase: "conflict",
      value: { body: "typed here" },
      conflict: { serverValue: { body: "typed elsewhere" }, serverRevision: 2 },
    });
  });

  it("stops on a conflict, keeps both versions, and saves only after the candidate chooses", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, { value: { body: "v1" }, revision: 1 });
    h.store.update("answer:q1", URL, { body: "mine" });
    await h.advance(800);
    await h.requests[0]!.answer({
      kind: "conflict",
      serverRevision: 2,
      serverValue: { body: "theirs" },
      serverSavedAt: null,
    });
    expect(h.record("answer:q1")).toMatchObject({
      phase: "conflict",
      value: { body: "mine" },
      conflict: { serverValue: { body: "theirs" }, serverRevision: 2 },
    });
    // Typing on does not overwrite anything: it waits for the choice.
    h.store.update("answer:q1", URL, { body: "mine, longer" });
    await h.advance(5000);
    expect(h.requests).toHaveLength(1);
    h.store.resolve("answer:q1", "mine");
    await h.advance(0);
    expect(h.requests[1]!.request.body).toEqual({
      body: "mine, longer",
      baseRevision: 2,
    });
    await h.requests[1]!.answer(saved(3));
    expect(h.record("answer:q1")).toMatchObject({
      phase: "saved",
      revision: 3,
    });
  });

  it("can take the server's version instead", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, { value: { body: "v1" }, revision: 1 });
    h.store.update("answer:q1", URL, { body: "mine" });
    await h.advance(800);
    await h.requests[0]!.answer({
      kind: "conflict",
      serverRevision: 2,
      serverValue: { body: "theirs" },
      serverSavedAt: null,
    });
    h.store.resolve("answer:q1", "theirs");
    expect(h.record("answer:q1")).toMatchObject({
      phase: "saved",
      value: { body: "theirs" },
      revision: 2,
      dirty: false,
    });
    expect(h.draft("answer:q1")).toBeNull();
  });

  it("after submission, keeps the unsaved text visible and on the device, and stops saving", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, { value: { body: "v1" }, revision: 1 });
    h.store.update("answer:q1", URL, { body: "too late" });
    await h.advance(800);
    await h.requests[0]!.answer({ kind: "closed", message: "Submitted." });
    expect(h.record("answer:q1")).toMatchObject({
      phase: "closed",
      message: "Submitted.",
      value: { body: "too late" },
    });
    expect(h.draft("answer:q1")).toMatchObject({ value: { body: "too late" } });
    h.store.update("answer:q1", URL, { body: "too late!" });
    await h.advance(10_000);
    expect(h.requests).toHaveLength(1);
  });

  it("does not retry a value the server refused, until it is edited", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, null);
    h.store.update("answer:q1", URL, { body: "x".repeat(10) });
    await h.advance(800);
    await h.requests[0]!.answer({ kind: "rejected", message: "Too long." });
    await h.advance(60_000);
    expect(h.requests).toHaveLength(1);
    h.store.update("answer:q1", URL, { body: "x" });
    await h.advance(800);
    expect(h.requests).toHaveLength(2);
  });

  it("creates a new comment, deletes it by its revision, and forgets it", async () => {
    const h = harness();
    const comment = {
      filePath: "a.ts",
      startLine: 1,
      endLine: 1,
      body: "Why?",
    };
    h.store.update("comment:c1", "/assessment/comments/c1", comment);
    await h.advance(800);
    expect(h.requests[0]!.request.body).toEqual({
      ...comment,
      baseRevision: 0,
    });
    await h.requests[0]!.answer(saved(1));
    h.store.remove("comment:c1");
    await h.advance(0);
    expect(h.requests[1]!.request).toMatchObject({
      method: "DELETE",
      body: { baseRevision: 1 },
    });
    await h.requests[1]!.answer({ kind: "deleted" });
    expect(h.record("comment:c1")).toBeUndefined();
    expect(h.store.getSnapshot().known.has("comment:c1")).toBe(true);
    expect(h.draft("comment:c1")).toBeNull();
  });

  it("drops a comment deleted before it ever reached the server, without a request", async () => {
    const h = harness();
    h.store.update("comment:c2", "/assessment/comments/c2", { body: "draft" });
    h.store.remove("comment:c2");
    await h.advance(5000);
    expect(h.requests).toHaveLength(0);
    expect(h.record("comment:c2")).toBeUndefined();
  });

  it("finds comments left on the device that the page did not list", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      "lb:autosave:attempt-1:comment:c3",
      JSON.stringify({ value: { body: "offline comment" }, revision: 0 }),
    );
    storage.setItem("lb:autosave:attempt-2:comment:c9", "{}");
    const h = harness(storage);
    expect(h.store.localDrafts("comment:")).toEqual([
      { key: "comment:c3", value: { body: "offline comment" }, revision: 0 },
    ]);
  });

  it("flushes everything before a submission and reports what is still unsaved", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, { value: { body: "" }, revision: 0 });
    h.store.update("answer:q1", URL, { body: "last words" });
    const flushed = h.store.flushAll();
    expect(h.requests).toHaveLength(1);
    await h.requests[0]!.answer(saved(1));
    await flushed;
    expect(h.store.unsaved()).toEqual([]);

    h.store.update("answer:q1", URL, { body: "last words, offline" });
    const again = h.store.flushAll();
    await h.requests[1]!.answer({ kind: "offline" });
    await again;
    expect(h.store.unsaved().map((r) => r.key)).toEqual(["answer:q1"]);
  });
});

describe("leaving the page", () => {
  it("holds a navigation only while a flush could send something", async () => {
    const h = harness();
    h.store.register("answer:q1", URL, { value: { body: "" }, revision: 0 });
    expect(h.store.hasSendableChanges()).toBe(false);
    h.store.update("answer:q1", URL, { body: "typed" });
    expect(h.store.hasSendableChanges()).toBe(true);
    const flushed = h.store.flushAll();
    expect(h.store.hasSendableChanges()).toBe(true);
    await h.requests[0]!.answer(saved(1));
    await flushed;
    expect(h.store.hasSendableChanges()).toBe(false);

    // Offline, a flush cannot help: the navigation goes on, the backoff keeps retrying.
    h.store.update("answer:q1", URL, { body: "typed on a train" });
    await h.advance(800);
    await h.requests[1]!.answer({ kind: "offline" });
    expect(h.store.hasSendableChanges()).toBe(false);
  });
});
