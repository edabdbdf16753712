// The scorecard form's one schema, read by conform in the browser and by the actions on the
// server. Its fields depend on the rubric, so it is built per rubric. Field names are dotted
// (`score.material_issues`, see ./scorecard), which conform reads as nested objects: the
// schema is nested to match, and its error paths come back as the same dotted names.
import { z } from "zod";
import { RECOMMENDATION_KEYS } from "./content/constants";
import { INT4_MAX, stripNul } from "./request-input";
import {
  LIMITS,
  rubricCriteria,
  submissionErrors,
  type ScorecardContent,
  type ScorecardRubric,
} from "./scorecard";

/** What the form's buttons post: save a draft, submit it, or amend a submitted scorecard. */
export const SCORECARD_INTENTS = ["save", "submit", "amend"] as const;
export type ScorecardIntent = (typeof SCORECARD_INTENTS)[number];

// Notes are prose, often pasted: NUL is stripped (docs/decisions/007-forms-and-input-parsing.md).
const optionalText = (max: number, what: string) =>
  z
    .string()
    .overwrite(stripNul)
    .max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters.`)
    .optional()
    .transform((value) => value ?? "");

/** A group of fields named `<group>.<key>`, one per key; absent when every one is empty. */
function group(keys: readonly string[], field: () => z.ZodType) {
  return z
    .object(Object.fromEntries(keys.map((key) => [key, field()])))
    .optional()
    .transform((value) => (value ?? {}) as Record<string, string | undefined>);
}

/**
 * `complete`: check what a submission needs (every level, evidence for a 1 or a 4, a
 * recommendation, a summary; a reason to amend) even when the post does not say it is a
 * submission. The page turns it on once the panelist has tried to submit, so what stops the
 * submission stays shown while they fix it; a draft save never asks for it.
 */
export function scorecardFormSchema(
  rubric: ScorecardRubric,
  { complete = false }: { complete?: boolean } = {},
) {
  const criteria = rubricCriteria(rubric).map((criterion) => criterion.key);
  const flags = rubric.redFlags.map((flag) => flag.key);
  return z
    .object({
      intent: z.enum(SCORECARD_INTENTS).optional(),
      revision: z.coerce.number().int().min(0).max(INT4_MAX),
      score: group(criteria, () =>
        z
          .enum(["1", "2", "3", "4"], { error: "Choose a level from 1 to 4." })
          .optional(),
      ),
      evidence: group(criteria, () =>
        optionalText(LIMITS.evidence, "the evidence note"),
      ),
      flag: group(flags, () => z.literal("on").optional()),
      flagNote: group(flags, () => optionalText(LIMITS.flagNote, "the note")),
      recommendation: z.enum(RECOMMENDATION_KEYS).optional(),
      summary: optionalText(LIMITS.summary, "the summary"),
      reason: optionalText(LIMITS.reason, "the reason"),
    })
    .transform((fields) => {
      const content: ScorecardContent = {
        criteria: Object.fromEntries(
          criteria.map((key) => {
            const score = fields.score[key];
            return [
              key,
              {
                score: score ? (Number(score) as 1 | 2 | 3 | 4) : null,
                evidence: fields.evidence[key] ?? "",
              },
            ];
          }),
        ),
        redFlags: Object.fromEntries(
          flags
            .filter((key) => fields.flag[key] === "on")
            .map((key) => [key, fields.flagNote[key] ?? ""]),
        ),
        recommendation: fields.recommendation ?? null,
        summary: fields.summary,
      };
      return {
        intent: fields.intent ?? "save",
        revision: fields.revision,
        reason: fields.reason,
        content,
      };
    })
    .superRefine((value, context) => {
      const asked =
        value.intent === "save" ? (complete ? "submit" : null) : value.intent;
      if (!asked) return;
      const errors = submissionErrors(rubric, value.content, {
        amend: asked === "amend",
        reason: value.reason,
      });
      for (const [name, messages] of Object.entries(errors)) {
        for (const message of messages)
          context.addIssue({ code: "custom", path: name.split("."), message });
      }
    });
}

/** A scorecard as the form's values (conform's `defaultValue`): the same names it posts. */
export function scorecardFormValues(content: ScorecardContent) {
  const entries = Object.entries(content.criteria);
  return {
    score: Object.fromEntries(
      entries.map(([key, entry]) => [
        key,
        entry.score ? String(entry.score) : "",
      ]),
    ),
    evidence: Object.fromEntries(
      entries.map(([key, entry]) => [key, entry.evidence]),
    ),
    flag: Object.fromEntries(
      Object.keys(content.redFlags).map((key) => [key, "on"]),
    ),
    flagNote: content.redFlags,
    recommendation: content.recommendation ?? "",
    summary: content.summary,
  };
}
