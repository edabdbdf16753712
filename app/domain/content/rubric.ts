// A rubric: two dimensions scored separately, criteria with behaviourally anchored levels,
// red flags and the recommendation scale. Scores store the rubric's key and version.
import { z } from "zod";
import { DIMENSION_KEYS, RECOMMENDATION_KEYS } from "./constants";
import {
  contentKey,
  contentVersion,
  parseContentFile,
  requireOrder,
  requireUnique,
  text,
  type Validation,
} from "./issues";

// Keyed by score so a YAML author writes `3:` and an issue reads `levels.3`.
const byScore = <T extends z.ZodType>(value: T) =>
  z.strictObject({ 1: value, 2: value, 3: value, 4: value });

const criterion = z.strictObject({
  key: contentKey,
  title: text,
  lookFor: text,
  levels: byScore(text),
  // Question keys of the question sets that use this rubric, or "review".
  evidence: z.array(contentKey).min(1),
});

const dimension = z.strictObject({
  key: z.enum(DIMENSION_KEYS),
  title: text,
  description: text,
  criteria: z.array(criterion).min(1),
});

const rubricSchema = z
  .strictObject({
    key: contentKey,
    version: contentVersion,
    title: text,
    description: text,
    scale: byScore(z.strictObject({ label: text, summary: text })),
    recommendations: z
      .array(
        z.strictObject({
          key: z.enum(RECOMMENDATION_KEYS),
          label: text,
          description: text,
        }),
      )
      .length(
        RECOMMENDATION_KEYS.length,
        `Expected exactly ${RECOMMENDATION_KEYS.join(", ")}`,
      ),
    dimensions: z
      .array(dimension)
      .length(
        DIMENSION_KEYS.length,
        `Expected exactly ${DIMENSION_KEYS.join(" then ")}`,
      ),
    redFlags: z
      .array(
        z.strictObject({ key: contentKey, title: text, description: text }),
      )
      .min(1),
  })
  .superRefine((rubric, ctx) => {
    requireOrder(
      ctx,
      "dimensions",
      rubric.dimensions.map((d) => d.key),
      DIMENSION_KEYS,
    );
    requireOrder(
      ctx,
      "recommendations",
      rubric.recommendations.map((r) => r.key),
      RECOMMENDATION_KEYS,
    );
    requireUnique(
      ctx,
      "Criterion key",
      rubric.dimensions.flatMap((dimension, d) =>
        dimension.criteria.map((criterion, c) => ({
          key: criterion.key,
          path: ["dimensions", d, "criteria", c, "key"],
        })),
      ),
    );
    requireUnique(
      ctx,
      "Red flag key",
      rubric.redFlags.map((flag, index) => ({
        key: flag.key,
        path: ["redFlags", index, "key"],
      })),
    );
  });

export type Rubric = z.infer<typeof rubricSchema>;
export type RubricDimension = Rubric["dimensions"][number];
export type RubricCriterion = RubricDimension["criteria"][number];
export type RedFlag = Rubric["redFlags"][number];
export type Recommendation = Rubric["recommendations"][number];

export function validateRubric(
  input: unknown,
  file: string,
): Validation<Rubric> {
  return parseContentFile(rubricSchema, input, file);
}

export function rubricCriteria(rubric: Rubric): RubricCriterion[] {
  return rubric.dimensions.flatMap((dimension) => dimension.criteria);
}
