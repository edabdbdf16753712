// The matcher's rules, each on real comment texts against the shipped exercises' manifests:
// wording decides, the place sets how much wording it takes, and location alone never counts.
import { beforeAll, describe, expect, it } from "vitest";
import type { Exercise } from "#app/domain/content/index";
import {
  applyOverrides,
  matchDefects,
  SUMMARY_ID,
  type DefectMatch,
  type MatchableDefect,
  type ReviewCommentAnchor,
} from "#app/domain/defect-matcher";
import { getExercise } from "#app/services/content.server";

let orders: Exercise;
let dashboard: Exercise;
beforeAll(async () => {
  orders = (await getExercise("order-history", 1))!;
  dashboard = (await getExercise("team-dashboard", 1))!;
});

const comment = (
  file: string,
  startLine: number,
  endLine: number,
  body: string,
  extra: Partial<ReviewCommentAnchor> = {},
): ReviewCommentAnchor => ({
  id: "c1",
  file,
  startLine,
  endLine,
  body,
  ...extra,
});

const statusOf = (result: DefectMatch[], id: string) =>
  result.find((match) => match.id === id)!;

const statuses = (result: DefectMatch[]) =>
  Object.fromEntries(
    result.filter((m) => m.status !== "missed").map((m) => [m.id, m.status]),
  );

describe("wording on the defect's lines", () => {
  it("finds a defect from one signal, and says which words and where", () => {
    const result = matchDefects(orders.defects, {
      comments: [
        comment(
          "src/routes/orders.ts",
          15,
          15,
          "Nothing stops another customer from reading these orders: check ownership like canAccessCustomer does.",
        ),
      ],
    });
    const match = statusOf(result, "missing-ownership-check");
    expect(match.status).toBe("found");
    expect(match.commentIds).toEqual(["c1"]);
    expect(match.reasons[0]?.reason).toBe(
      "mentions 'another customer' and 'ownership' on src/routes/orders.ts:15, two lines below the defect",
    );
  });

  it("gives no credit for approving or negated wording", () => {
    const texts: [Exercise["defects"], ReviewCommentAnchor, string][] = [
      [
        [],
        comment(
          "src/routes/orders.ts",
          10,
          10,
          "Auth is fine here since requireUser is applied",
        ),
        "missing-ownership-check",
      ],
      [
        [],
        comment(
          "app/services/dashboard.py",
          54,
          54,
          "team_id is an int, so this is safe from injection",
        ),
        "sql-injection-search",
      ],
      [
        [],
        comment(
          "src/services/order-history.ts",
          46,
          46,
          "No N+1 concern here, Prisma batches these calls with its dataloader so this is one query.",
        ),
        "n-plus-one-order-items",
      ],
      [
        [],
        comment(
          "app/services/dashboard.py",
          54,
          54,
          "Was going to flag the f-string in SQL, but team_id comes through the int converter. OK as is.",
        ),
        "sql-injection-search",
      ],
    ];
    for (const [, anchor, defectId] of texts) {
      const exercise = anchor.file.endsWith(".py") ? dashboard : orders;
      const match = statusOf(
        matchDefects(exercise.defects, { comments: [anchor] }),
        defectId,
      );
      expect(match.status, anchor.body).toBe("missed");
      expect(match.reasons[0]?.kind, anchor.body).toBe("not credited");
      expect(match.reasons[0]?.reason, anchor.body).toMatch(
        /reads as approving/,
      );
    }
  });

  it("calls a comment on the lines without supporting wording only possible", () => {
    for (const body of [
      "LGTM",
      "maybe cache this?",
      "rename `items` to `orderItems`?",
    ]) {
      const match = statusOf(
        matchDefects(orders.defects, {
          comments: [comment("src/services/order-history.ts", 45, 46, body)],
        }),
        "n-plus-one-order-items",
      );
      expect(match.status, body).toBe(body === "LGTM" ? "missed" : "possible");
      expect(match.found, body).toBe(false);
    }
    const possible = statusOf(
      matchDefects(orders.defects, {
        comments: [
          comment("src/services/order-history.ts", 46, 46, "maybe cache this?"),
        ],
      }),
      "n-plus-one-order-items",
    );
    expect(possible.possibleCommentIds).toEqual(["c1"]);
    expect(possible.reasons[0]?.reason).toMatch(
      /^says nothing that shows this defect on src\/services\/order-history.ts:46, on the defect's lines: on the defect's lines a finding needs more wording \(0 of 1\)$/,
    );
  });
});

describe("places other than the defect's lines", () => {
  it("finds an N+1 flagged at the repository function it calls", () => {
    const match = statusOf(
      matchDefects(orders.defects, {
        comments: [
          comment(
            "src/repositories/order-repository.ts",
            39,
            39,
            "This gets called once per order from the service loop: 21 queries for a page. Load the items with the orders in one query.",
          ),
        ],
      }),
      "n-plus-one-order-items",
    );
    expect(match.status).toBe("found");
    expect(match.reasons[0]?.reason).toMatch(/a related place$/);
  });

  it("finds the staging URL flagged in config.ts, and where it is used", () => {
    for (const anchor of [
      comment(
        "src/config.ts",
        14,
        14,
        "The ParcelHub tracking base URL belongs here, read from the environment: the service hard-codes the staging host.",
      ),
      comment(
        "src/services/order-history.ts",
        55,
        55,
        "This builds links on the staging host: production customers would get staging tracking links. Move the URL to config.",
      ),
    ]) {
      expect(
        statusOf(
          matchDefects(orders.defects, { comments: [anchor] }),
          "hard-coded-tracking-url",
        ).status,
        anchor.file,
      ).toBe("found");
    }
  });

  it("finds a defect named only in the review summary", () => {
    const result = matchDefects(orders.defects, {
      comments: [],
      summary:
        "Thanks! Two blockers:\n\n1. The route never checks that customerId belongs to the signed-in user, so anyone can read another customer's orders.\n2. Items load with one query per order: an N+1 on the mobile home screen.",
    });
    expect(statuses(result)).toEqual({
      "missing-ownership-check": "found",
      "n-plus-one-order-items": "found",
    });
    expect(statusOf(result, "missing-ownership-check").commentIds).toEqual([
      SUMMARY_ID,
    ]);
    expect(
      statusOf(result, "missing-ownership-check").summaryPosition,
    ).toBeLessThan(statusOf(result, "n-plus-one-order-items").summaryPosition!);
  });

  it("needs strong wording away from the defect", () => {
    const vague = comment("docs/api.md", 3, 3, "Is there a limit somewhere?");
    expect(
      statuses(matchDefects(orders.defects, { comments: [vague] })),
    ).toEqual({});
  });
});

describe("which defect a comment is credited to", () => {
  it("credits a large selection only with what its wording shows", () => {
    const result = matchDefects(orders.defects, {
      comments: [
        comment(
          "src/services/order-history.ts",
          1,
          72,
          "The loop runs one query per order (N+1): fetch the items in one findMany with orderId in [...].",
        ),
      ],
    });
    expect(statuses(result)).toEqual({ "n-plus-one-order-items": "found" });
    expect(
      statusOf(result, "n-plus-one-order-items").reasons[0]?.reason,
    ).toMatch(/a 72 lines selection that covers the defect$/);
  });

  it("credits a paging comment beside the ownership check to paging alone", () => {
    const result = matchDefects(orders.defects, {
      comments: [
        comment(
          "src/routes/orders.ts",
          13,
          13,
          "page and pageSize are never validated: ?pageSize=100000 loads everything, and negative values 500.",
        ),
      ],
    });
    expect(statuses(result)).toEqual({ "unvalidated-paging": "found" });
  });

  it("credits a nit on the decoy to the decoy", () => {
    const result = matchDefects(orders.defects, {
      comments: [
        comment(
          "src/services/order-history.ts",
          59,
          59,
          "nit: delete the commented-out console.log",
        ),
      ],
    });
    expect(statuses(result)).toEqual({ "commented-out-log": "found" });
  });

  it("reads a range selected upwards as the same lines", () => {
    const body = "This is one query per order inside the loop.";
    const down = matchDefects(orders.defects, {
      comments: [comment("src/services/order-history.ts", 45, 46, body)],
    });
    const up = matchDefects(orders.defects, {
      comments: [comment("src/services/order-history.ts", 46, 45, body)],
    });
    expect(up).toEqual(down);
    expect(statusOf(up, "n-plus-one-order-items").status).toBe("found");
  });

  it("takes the candidate's category as a weak extra signal only", () => {
    // One signal group at a related place is not quite enough; the category tips it.
    const anchor = comment(
      "src/routes/addresses.ts",
      10,
      10,
      "This route checks canAccessCustomer; the new orders route should too.",
    );
    const without = matchDefects(orders.defects, { comments: [anchor] });
    const withCategory = matchDefects(orders.defects, {
      comments: [{ ...anchor, category: "security" }],
    });
    expect(statusOf(without, "missing-ownership-check").status).toBe(
      "possible",
    );
    expect(statusOf(withCategory, "missing-ownership-check").status).toBe(
      "found",
    );
    expect(
      statusOf(withCategory, "missing-ownership-check").reasons[0]?.reason,
    ).toMatch(/filed as this defect's category/);
    // Never on its own.
    const bare = matchDefects(orders.defects, {
      comments: [
        {
          ...comment("src/routes/orders.ts", 10, 10, "hmm"),
          category: "security",
        },
      ],
    });
    expect(statusOf(bare, "missing-ownership-check").status).toBe("possible");
  });
});

describe("an exercise without signals", () => {
  const unsignalled: MatchableDefect[] = [
    { id: "query-per-sku", file: "sync.go", startLine: 15, endLine: 17 },
  ];

  it("can only suggest a defect from location, never find it", () => {
    const match = statusOf(
      matchDefects(unsignalled, {
        comments: [
          comment("sync.go", 16, 16, "One query per SKU: use sku = ANY($1)."),
        ],
      }),
      "query-per-sku",
    );
    expect(match.status).toBe("possible");
    expect(match.reasons[0]?.reason).toMatch(/gives no wording signals/);
  });
});

describe("applyOverrides", () => {
  it("lets a panelist confirm a possible finding, keeping what the matcher said", () => {
    const result = matchDefects(orders.defects, {
      comments: [
        comment("src/services/order-history.ts", 46, 46, "maybe cache this?"),
      ],
    });
    const [confirmed] = applyOverrides(result, [
      {
        defectId: "n-plus-one-order-items",
        found: true,
        reason: "Confirmed",
        by: "you",
      },
    ]).filter((s) => s.id === "n-plus-one-order-items");
    expect(confirmed).toMatchObject({
      status: "found",
      found: true,
      matched: false,
      matchedStatus: "possible",
      override: { found: true, reason: "Confirmed", by: "you" },
    });
  });

  it("refuses overrides of defects the exercise does not have", () => {
    expect(() =>
      applyOverrides(matchDefects(orders.defects, { comments: [] }), [
        { defectId: "nope", found: true, reason: "x", by: "you" },
      ]),
    ).toThrow(/nope/);
  });
});
