// `leadbench content lint [--root DIR] [--strict]`: validates every rubric, question set and
// exercise the app would load, so authors and CI see content problems before start-up.
// Warnings (a defect without wording signals, a decoy sharing a defect's signals) do not stop
// the app from loading the content; --strict fails on them too, as `npm test` does.
import { parseArgs } from "node:util";
import { formatIssue } from "#app/domain/content/index";
import {
  ContentError,
  contentWarnings,
  loadContent,
} from "#app/services/content.server";

const USAGE = "Usage: leadbench content lint [--root DIR] [--strict]";

const counted = (n: number, noun: string) =>
  `${n} ${noun}${n === 1 ? "" : "s"}`;

export async function run(args: string[]): Promise<number> {
  let root: string;
  let strict: boolean;
  try {
    const { values } = parseArgs({
      args,
      options: {
        root: { type: "string" },
        strict: { type: "boolean", default: false },
      },
    });
    root = values.root ?? process.cwd();
    strict = values.strict;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const { rubrics, questionSets, exercises } = await loadContent(root);
    const warnings = await contentWarnings(root);
    for (const warning of warnings) {
      console.error(`warning: ${formatIssue(warning)}`);
    }
    console.log(
      `ok: ${counted(rubrics.length, "rubric")}, ${counted(questionSets.length, "question set")}, ${counted(exercises.length, "exercise")}` +
        (warnings.length ? `, ${counted(warnings.length, "warning")}` : ""),
    );
    return strict && warnings.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(`\n${counted(error.issues.length, "issue")} in ${root}`);
    return 1;
  }
}
