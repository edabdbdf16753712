// Every form schema can drive the browser's side: conform derives HTML constraints from it,
// and it parses what its form posts.
import { getZodConstraint } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as assessment from "#app/domain/forms/assessment";
import * as candidates from "#app/domain/forms/candidates";
import * as debrief from "#app/domain/forms/debrief";
import * as defectOverride from "#app/domain/forms/defect-override";
import { constraintSource } from "#app/domain/forms/fields";
import * as opening from "#app/domain/forms/opening";
import * as signIn from "#app/domain/forms/sign-in";
import * as staff from "#app/domain/forms/staff";

const schemas = Object.entries({
  ...assessment,
  ...candidates,
  ...debrief,
  ...defectOverride,
  ...opening,
  ...signIn,
  ...staff,
}).filter(([name]) => name.endsWith("Schema")) as [string, z.ZodType][];

describe("form schemas", () => {
  it.each(schemas)("%s gives conform its constraints", (_, schema) => {
    expect(() => getZodConstraint(constraintSource(schema))).not.toThrow();
  });

  // conform 1.21 reads no length limits from zod 4.6's schemas (its `bag` keys moved), so
  // only `required` reaches the HTML; the limits still apply through onValidate.
  it("marks required fields for the browser", () => {
    const constraint = getZodConstraint(
      constraintSource(opening.OpeningFormSchema),
    );
    expect(constraint.title).toMatchObject({ required: true });
    expect(constraint.teamSize).toMatchObject({ required: true });
  });
});
