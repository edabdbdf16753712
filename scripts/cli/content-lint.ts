// `leadbench content lint [--root DIR]`: validates every rubric, question set and
// exercise the app would load, so authors and CI see content problems before start-up.
import { parseArgs } from "node:util";
import { formatIssue } from "#app/domain/content/index";
import { ContentError, loadContent } from "#app/services/content.server";

const USAGE = "Usage: leadbench content lint [--root DIR]";

const counted = (n: number, noun: string) =>
  `${n} ${noun}${n === 1 ? "" : "s"}`;

export async function run(args: string[]): Promise<number> {
  let root: string;
  try {
    const { values } = parseArgs({
      args,
      options: { root: { type: "string" } },
    });
    root = values.root ?? process.cwd();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const { rubrics, questionSets, exercises } = await loadContent(root);
    console.log(
      `ok: ${counted(rubrics.length, "rubric")}, ${counted(questionSets.length, "question set")}, ${counted(exercises.length, "exercise")}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(`\n${counted(error.issues.length, "issue")} in ${root}`);
    return 1;
  }
}
