// The content shipped in this repository: it loads, it meets the assessment's design, and
// every defect's line range still points at the code it describes.
import { describe, expect, it } from "vitest";
import {
  DIMENSIONS,
  RECOMMENDATIONS,
  rubricCriteria,
  sourceLines,
  type Exercise,
} from "#app/domain/content/index";
import {
  getExercise,
  getQuestionSet,
  getRubric,
  listContent,
  loadContent,
} from "#app/services/content.server";
import { repoRoot } from "./content-tree";

describe("the repository's content", () => {
  it("loads and lists every rubric, question set and exercise", async () => {
    expect(await listContent(repoRoot)).toEqual({
      rubrics: [{ key: "tech-lead", version: 1, title: "Tech lead" }],
      questionSets: [
        {
          key: "tech-lead-default",
          version: 1,
          title: "Tech lead written assessment",
        },
      ],
      exercises: [
        {
          key: "order-history",
          version: 1,
          title: "Add order history endpoint for the account page",
        },
        {
          key: "team-dashboard",
          version: 1,
          title: "Team dashboard: open tasks per member, deploys, task search",
        },
      ],
    });
  });

  it("answers lookups by key and version, and undefined for what does not exist", async () => {
    expect((await getRubric("tech-lead", 1, repoRoot))?.title).toBe(
      "Tech lead",
    );
    expect(
      (await getQuestionSet("tech-lead-default", undefined, repoRoot))?.version,
    ).toBe(1);
    expect(await getExercise("order-history", 2, repoRoot)).toBeUndefined();
    expect(await getRubric("engineering-manager", 1, repoRoot)).toBeUndefined();
  });

  it("gives the rubric two dimensions of at least four criteria, and eight red flags", async () => {
    const rubric = await getRubric("tech-lead", 1, repoRoot);
    if (!rubric) throw new Error("rubric missing");

    expect(rubric.dimensions.map((d) => [d.key, d.title])).toEqual(
      DIMENSIONS.map((d) => [d.key, d.title]),
    );
    for (const dimension of rubric.dimensions) {
      expect(dimension.criteria.length).toBeGreaterThanOrEqual(4);
    }
    expect(rubric.redFlags.length).toBeGreaterThanOrEqual(8);
    // The client shows the constants' labels; they must say what the rubric says.
    expect(rubric.recommendations.map((r) => [r.key, r.label])).toEqual(
      RECOMMENDATIONS.map((r) => [r.key, r.label]),
    );
  });

  it("keeps questions and rubric evidence pointing at each other", async () => {
    const rubric = await getRubric("tech-lead", 1, repoRoot);
    const set = await getQuestionSet("tech-lead-default", 1, repoRoot);
    if (!rubric || !set) throw new Error("content missing");

    expect(set.questions.map((q) => q.key)).toEqual([
      "architecture-decision",
      "service-boundary-impasse",
      "junior-review-comment",
      "regretted-decision",
      "first-90-days",
    ]);
    const fromQuestions = set.questions.flatMap((q) =>
      q.criteria.map((c) => `${q.key} → ${c}`),
    );
    const fromRubric = rubricCriteria(rubric).flatMap((c) =>
      c.evidence.filter((e) => e !== "review").map((q) => `${q} → ${c.key}`),
    );
    expect(fromQuestions.sort()).toEqual(fromRubric.sort());
  });

  it.each(["order-history", "team-dashboard"])(
    "seeds %s with the defects the assessment is built around",
    async (key) => {
      const exercise = (await getExercise(key, 1, repoRoot)) as Exercise;
      const real = exercise.defects.filter((d) => !d.decoy);
      const decoys = exercise.defects.filter((d) => d.decoy);

      expect(real.map((d) => d.category)).toEqual(
        expect.arrayContaining(["performance", "configuration", "testing"]),
      );
      expect(
        real.some(
          (d) => d.category === "security" || d.category === "correctness",
        ),
      ).toBe(true);
      expect(decoys.length).toBeGreaterThanOrEqual(2);
      expect(decoys.length).toBeLessThanOrEqual(3);
      expect(decoys.every((d) => d.category === "style")).toBe(true);
      expect(exercise.author.role).toBe("junior engineer");
      expect(exercise.files.some((f) => f.before === null)).toBe(true);
    },
  );

  // Each range quoted by the code it must cover: editing an exercise file without moving
  // its defect's lines fails here, naming the defect.
  const anchors: Record<string, Record<string, string[]>> = {
    "order-history": {
      "missing-ownership-check": [
        'ordersRouter.get("/customers/:customerId/orders", async (req, res) => {',
        "const history = await getOrderHistory(customerId, page, pageSize);",
      ],
      "unvalidated-paging": [
        "page: Number(query.page) || 1,",
        "pageSize: Number(query.pageSize) || 20,",
      ],
      "n-plus-one-order-items": [
        "for (const order of orders) {",
        "const items = await findItemsForOrder(order.id);",
      ],
      "hard-coded-tracking-url": [
        'const TRACKING_BASE_URL = "https://track.parcelhub-staging.com/shipments/";',
      ],
      "happy-path-only-test": [
        `it("returns the customer's orders with their items", async () => {`,
        "});",
      ],
      "commented-out-log": [
        '// console.log("order history", customerId, summaries.length);',
      ],
      "snake-case-let": ["let product_name = item.product.name;"],
    },
    "team-dashboard": {
      "sql-injection-search": [
        "sql = (",
        "f\"WHERE m.team_id = {team_id} AND t.title ILIKE '%{query}%' \"",
        "rows = db.session.execute(text(sql)).mappings()",
      ],
      "n-plus-one-open-tasks": ["for member in members:", ").all()"],
      "metrics-outage-breaks-dashboard": [
        '"deploys_last_7_days": fetch_deploy_count(team.slug),',
      ],
      "hard-coded-prometheus-url": [
        'PROMETHEUS_URL = "http://prometheus.prod.internal:9090/api/v1/query"',
      ],
      "happy-path-only-test": [
        '@patch("app.services.dashboard.fetch_deploy_count", return_value=12)',
        'assert body["members"][0]["overdue_tasks"] == 1',
      ],
      "unused-json-import": ["import json"],
      "long-next-due-line": [
        '"next_due": open_tasks[0].due_date.isoformat() if len(open_tasks) > 0 and open_tasks[0].due_date else None,',
      ],
    },
  };

  it.each(Object.keys(anchors))(
    "points every %s defect at its code",
    async (key) => {
      const exercise = (await loadContent(repoRoot)).exercises.find(
        (e) => e.key === key,
      );
      if (!exercise) throw new Error(`${key} missing`);
      const expected = anchors[key] ?? {};
      expect(exercise.defects.map((d) => d.id).sort()).toEqual(
        Object.keys(expected).sort(),
      );

      for (const defect of exercise.defects) {
        const after =
          exercise.files.find((f) => f.path === defect.file)?.after ?? "";
        const range = sourceLines(after)
          .slice(defect.startLine - 1, defect.endLine)
          .map((line) => line.trim());
        const [first, ...rest] = expected[defect.id] ?? [];
        expect(range[0], `${defect.id} starts at its code`).toBe(first);
        if (rest.length)
          expect(range.at(-1), `${defect.id} ends at its code`).toBe(
            rest.at(-1),
          );
        for (const snippet of rest) {
          expect(range, `${defect.id} covers ${snippet}`).toContain(snippet);
        }
      }
    },
  );
});
