// Reads the assessment content tree (rubrics/, seed/questions/, seed/exercises/<key>/),
// validates every file and the references between them, and keeps the result in memory:
// content is read once at start-up and referenced from the database by key and version.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import {
  catalogIssues,
  exerciseWarnings,
  findContent,
  formatIssue,
  validateExercise,
  validateQuestionSet,
  validateRubric,
  type ContentCatalog,
  type ContentIssue,
  type Exercise,
  type Located,
  type QuestionSet,
  type Rubric,
  type Validation,
} from "#app/domain/content/index";

export type { ContentCatalog };

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Assessment content is invalid:\n${issues.map(formatIssue).join("\n")}`,
    );
    this.name = "ContentError";
  }
}

const RUBRICS = "rubrics";
const QUESTIONS = "seed/questions";
const EXERCISES = "seed/exercises";

type Read<T> = { value?: T; issues: ContentIssue[] };

const isYaml = (name: string) => /\.ya?ml$/.test(name);

function fromValidation<T>(
  file: string,
  validation: Validation<T>,
): Read<Located<T>> {
  return validation.ok
    ? { value: { file, value: validation.value }, issues: [] }
    : { issues: validation.issues };
}

const missingFolder = (dir: string): Read<never> => ({
  issues: [{ file: `${dir}/`, path: "", message: "Folder not found" }],
});

async function entries(root: string, dir: string) {
  try {
    return (await readdir(path.join(root, dir), { withFileTypes: true })).sort(
      (a, b) => a.name.localeCompare(b.name),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function readYaml(root: string, file: string): Promise<Read<unknown>> {
  let source: string;
  try {
    source = await readFile(path.join(root, file), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return { issues: [{ file, path: "", message: "File not found" }] };
  }
  const document = parseDocument(source);
  if (document.errors.length) {
    return {
      issues: document.errors.map((e) => ({
        file,
        path: "",
        // The first line says what and where; the rest is a snippet of the source.
        message: (e.message.split("\n")[0] ?? "").replace(/:$/, ""),
      })),
    };
  }
  return { value: document.toJS(), issues: [] };
}

async function readYamlFolder<T>(
  root: string,
  dir: string,
  validate: (input: unknown, file: string) => Validation<T>,
): Promise<Read<Located<T>>[]> {
  const found = await entries(root, dir);
  if (!found) return [missingFolder(dir)];
  return Promise.all(
    found
      .filter((entry) => entry.isFile() && isYaml(entry.name))
      .map(async (entry) => {
        const file = `${dir}/${entry.name}`;
        const yaml = await readYaml(root, file);
        if (yaml.issues.length) return { issues: yaml.issues };
        return fromValidation(file, validate(yaml.value, file));
      }),
  );
}

// Every file under before/ or after/, by its path relative to that folder.
async function readTree(
  root: string,
  dir: string,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (relative: string) => {
    for (const entry of (await entries(root, path.posix.join(dir, relative))) ??
      []) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile())
        files.set(child, await readFile(path.join(root, dir, child), "utf8"));
    }
  };
  await walk("");
  return files;
}

/** One exercise folder anywhere under root, validated (the CLI's evaluation reads fixtures). */
export async function readExerciseFolder(
  root: string,
  dir: string,
): Promise<Read<Located<Exercise>>> {
  const [manifest, defects, before, after] = await Promise.all([
    readYaml(root, `${dir}/exercise.yaml`),
    readYaml(root, `${dir}/defects.yaml`),
    readTree(root, `${dir}/before`),
    readTree(root, `${dir}/after`),
  ]);
  if (manifest.issues.length || defects.issues.length) {
    return { issues: [...manifest.issues, ...defects.issues] };
  }
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  const files = paths.map((p) => ({
    path: p,
    before: before.get(p) ?? null,
    after: after.get(p) ?? null,
  }));
  const validation = validateExercise({
    dir,
    manifest: manifest.value,
    defects: defects.value,
    files,
  });
  return fromValidation(`${dir}/exercise.yaml`, validation);
}

async function readExercises(root: string): Promise<Read<Located<Exercise>>[]> {
  const found = await entries(root, EXERCISES);
  if (!found) return [missingFolder(EXERCISES)];
  return Promise.all(
    found
      .filter((e) => e.isDirectory())
      .map((e) => readExerciseFolder(root, `${EXERCISES}/${e.name}`)),
  );
}

const byKeyAndVersion = <T extends { key: string; version: number }>(
  a: T,
  b: T,
) => a.key.localeCompare(b.key) || a.version - b.version;

function settle<T extends { key: string; version: number }>(
  reads: Read<Located<T>>[],
) {
  return {
    located: reads.flatMap((read) => (read.value ? [read.value] : [])),
    issues: reads.flatMap((read) => read.issues),
  };
}

async function readCatalog(root: string): Promise<ContentCatalog> {
  const [rubrics, questionSets, exercises] = await Promise.all([
    readYamlFolder(root, RUBRICS, validateRubric).then(settle<Rubric>),
    readYamlFolder(root, QUESTIONS, validateQuestionSet).then(
      settle<QuestionSet>,
    ),
    readExercises(root).then(settle<Exercise>),
  ]);
  const issues = [
    ...rubrics.issues,
    ...questionSets.issues,
    ...exercises.issues,
    ...catalogIssues({
      rubrics: rubrics.located,
      questionSets: questionSets.located,
      exercises: exercises.located,
      incomplete: {
        rubrics: rubrics.issues.length > 0,
        questionSets: questionSets.issues.length > 0,
      },
    }),
  ];
  // Grouped by file, so an author fixes one file at a time.
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (issues.length) throw new ContentError(issues);
  const values = <T extends { key: string; version: number }>(
    located: Located<T>[],
  ) => located.map((l) => l.value).sort(byKeyAndVersion);
  return {
    rubrics: values(rubrics.located),
    questionSets: values(questionSets.located),
    exercises: values(exercises.located),
  };
}

/** What content lint warns about in each exercise folder, without refusing to load it. */
export async function contentWarnings(rootDir = process.cwd()) {
  const root = path.resolve(rootDir);
  const found = (await entries(root, EXERCISES)) ?? [];
  const reads = await Promise.all(
    found
      .filter((e) => e.isDirectory())
      .map((e) => readExerciseFolder(root, `${EXERCISES}/${e.name}`)),
  );
  return reads.flatMap((read) =>
    read.value
      ? exerciseWarnings(
          read.value.value.defects,
          read.value.file.replace(/exercise\.yaml$/, "defects.yaml"),
        )
      : [],
  );
}

const catalogs = new Map<string, Promise<ContentCatalog>>();

// Loads once per content root; a failed load is forgotten so that a fixed tree loads.
export function loadContent(rootDir = process.cwd()): Promise<ContentCatalog> {
  const root = path.resolve(rootDir);
  let catalog = catalogs.get(root);
  if (!catalog) {
    catalog = readCatalog(root);
    catalogs.set(root, catalog);
    catalog.catch(() => catalogs.delete(root));
  }
  return catalog;
}

// Without a version, each lookup answers the highest version of that key.
export async function getRubric(
  key: string,
  version?: number,
  rootDir?: string,
) {
  return findContent((await loadContent(rootDir)).rubrics, key, version);
}

export async function getQuestionSet(
  key: string,
  version?: number,
  rootDir?: string,
) {
  return findContent((await loadContent(rootDir)).questionSets, key, version);
}

export async function getExercise(
  key: string,
  version?: number,
  rootDir?: string,
) {
  return findContent((await loadContent(rootDir)).exercises, key, version);
}

export type ContentSummary = { key: string; version: number; title: string };

export async function listContent(rootDir?: string): Promise<{
  rubrics: ContentSummary[];
  questionSets: ContentSummary[];
  exercises: ContentSummary[];
}> {
  const catalog = await loadContent(rootDir);
  const summary = ({ key, version, title }: ContentSummary) => ({
    key,
    version,
    title,
  });
  return {
    rubrics: catalog.rubrics.map(summary),
    questionSets: catalog.questionSets.map(summary),
    exercises: catalog.exercises.map(summary),
  };
}
