import { describe, expect, it } from "vitest";
import { action, loader } from "#app/routes/e2e-fixtures";
import { prisma } from "#app/services/db.server";
import { createDemoOpening, createDemoStaff } from "../../../seed/demo/load";

const post = (headers: Record<string, string> = {}) =>
  new Request("http://localhost/e2e-fixtures", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ kind: "staff", role: "ADMIN" }),
  });

async function statusOf(run: () => unknown): Promise<number> {
  try {
    const result = await run();
    return result instanceof Response ? result.status : 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("the e2e fixture endpoint", () => {
  it("is a 404 without E2E_FIXTURES_TOKEN, whatever the request carries, and makes nothing", async () => {
    expect(process.env.E2E_FIXTURES_TOKEN).toBeUndefined();
    const users = await prisma.user.count();
    const attempts: Record<string, string>[] = [
      {},
      { "x-e2e-fixtures-token": "" },
    ];
    for (const headers of attempts)
      expect(
        await statusOf(() =>
          action({ request: post(headers), params: {}, context: {} }),
        ),
      ).toBe(404);
    expect(await statusOf(() => loader())).toBe(404);
    expect(await prisma.user.count()).toBe(users);
  });
});

describe("copies of the demo opening", () => {
  it("each have staff of their own, beside the demo's", async () => {
    const demo = await createDemoStaff();
    const copy = await createDemoStaff({ tag: "t1" });
    expect(copy.priya.email).toBe("priya+t1@leadbench.test");
    expect(copy.priya.name).toBe(demo.priya.name);
    const [first, second] = [
      await createDemoOpening(demo),
      await createDemoOpening(copy),
    ];
    const candidates = (openingId: string) =>
      prisma.candidate.count({ where: { openingId } });
    expect(await candidates(second.id)).toBe(await candidates(first.id));
    // Nobody of the copy is on the first opening's panels.
    expect(
      await prisma.panelAssignment.count({
        where: {
          candidate: { openingId: first.id },
          panelistId: { in: [copy.priya.id, copy.marco.id, copy.sam.id] },
        },
      }),
    ).toBe(0);
  });
});
