// The scorecard form's schema. Its fields depend on the rubric, so it is built per rubric.
// Server-only in practice: the page imports field names from ./scorecard, which has no zod.
import { z } from "zod";
import { RECOMMENDATION_KEYS } from "./content/constants";
import { INT4_MAX, stripNul } from "./request-input";
import {
  evidenceField,
  flagField,
  flagNoteField,
  LIMITS,
  rubricCriteria,
  scoreField,
  type ScorecardContent,
  type ScorecardRubric,
} from "./scorecard";

// Notes are prose, often pasted: NUL is stripped (docs/decisions/007-forms-and-input-parsing.md).
const optionalText = (max: number, what: string) =>
  z
    .string()
    .overwrite(stripNul)
    .max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters.`)
    .optional()
    .transform((value) => value ?? "");

export function scorecardFormSchema(rubric: ScorecardRubric) {
  const criteria = rubricCriteria(rubric);
  const shape: Record<string, z.ZodType> = {
    revision: z.coerce.number().int().min(0).max(INT4_MAX),
    recommendation: z
      .union([z.literal(""), z.enum(RECOMMENDATION_KEYS)])
      .optional(),
    summary: optionalText(LIMITS.summary, "the summary"),
    reason: optionalText(LIMITS.reason, "the reason"),
  };
  for (const criterion of criteria) {
    shape[scoreField(criterion.key)] = z
      .union([z.literal(""), z.enum(["1", "2", "3", "4"])], {
        error: "Choose a level from 1 to 4.",
      })
      .optional();
    shape[evidenceField(criterion.key)] = optionalText(
      LIMITS.evidence,
      "the evidence note",
    );
  }
  for (const flag of rubric.redFlags) {
    shape[flagField(flag.key)] = z.literal("on").optional();
    shape[flagNoteField(flag.key)] = optionalText(LIMITS.flagNote, "the note");
  }
  return z.object(shape).transform((fields) => {
    const value = (name: string) => fields[name] as string | undefined;
    const content: ScorecardContent = {
      criteria: Object.fromEntries(
        criteria.map((criterion) => {
          const score = value(scoreField(criterion.key));
          return [
            criterion.key,
            {
              score: score ? (Number(score) as 1 | 2 | 3 | 4) : null,
              evidence: value(evidenceField(criterion.key)) ?? "",
            },
          ];
        }),
      ),
      redFlags: Object.fromEntries(
        rubric.redFlags
          .filter((flag) => value(flagField(flag.key)) === "on")
          .map((flag) => [flag.key, value(flagNoteField(flag.key)) ?? ""]),
      ),
      recommendation:
        (value("recommendation") as ScorecardContent["recommendation"]) || null,
      summary: value("summary") ?? "",
    };
    return {
      revision: fields.revision as number,
      reason: value("reason") ?? "",
      content,
    };
  });
}
