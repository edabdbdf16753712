import { Form, useNavigation } from "@remix-run/react";
import {
  Button,
  FormError,
  SelectField,
  TextAreaField,
  TextField,
  valueOf,
} from "./forms";
import { LEVEL_LABELS, TARGET_LEVELS } from "#app/domain/levels";

type Summary = { key: string; version: number; title: string };
type Failure =
  | {
      errors: Record<string, string[]>;
      values: Record<string, string | string[]>;
    }
  | undefined;

export type OpeningFormValues = {
  title: string;
  teamSize: number;
  seniorityMix: string;
  codingSharePercent: number;
  mainChallenge: string;
  targetLevel: string;
  rubric: string;
  questionSet: string;
  exercise: string;
  hiringManagerId: string;
};

const toOptions = (items: Summary[]) =>
  items.map((item) => ({
    value: `${item.key}@${item.version}`,
    label: `${item.title} (v${item.version})`,
  }));

export function OpeningForm({
  stored,
  failure,
  content,
  hiringManagers,
  canChooseManager,
  submitLabel,
}: {
  stored?: OpeningFormValues;
  failure: Failure;
  content: {
    rubrics: Summary[];
    questionSets: Summary[];
    exercises: Summary[];
  };
  hiringManagers: { id: string; name: string }[];
  canChooseManager: boolean;
  submitLabel: string;
}) {
  const navigation = useNavigation();
  const errors = failure?.errors ?? {};
  const value = (name: keyof OpeningFormValues) =>
    valueOf(failure, name, stored?.[name]);
  return (
    <Form
      method="post"
      className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-2"
    >
      <div className="md:col-span-2">
        <FormError errors={errors.form} />
      </div>
      <div className="md:col-span-2">
        <TextField
          label="Title"
          name="title"
          required
          defaultValue={value("title")}
          errors={errors.title}
        />
      </div>
      <fieldset className="grid gap-4 md:col-span-2 md:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Team context</legend>
        <TextField
          label="Team size"
          name="teamSize"
          type="number"
          min={1}
          required
          defaultValue={value("teamSize")}
          errors={errors.teamSize}
        />
        <TextField
          label="Seniority mix"
          name="seniorityMix"
          placeholder="2 senior, 2 mid, 1 junior"
          required
          defaultValue={value("seniorityMix")}
          errors={errors.seniorityMix}
        />
        <TextField
          label="Expected coding share (%)"
          name="codingSharePercent"
          type="number"
          min={0}
          max={100}
          required
          defaultValue={value("codingSharePercent")}
          errors={errors.codingSharePercent}
        />
        <div className="md:col-span-3">
          <TextAreaField
            label="Main technical challenge"
            name="mainChallenge"
            rows={3}
            required
            hint="What this tech lead must get right in their first year."
            defaultValue={value("mainChallenge")}
            errors={errors.mainChallenge}
          />
        </div>
      </fieldset>
      <SelectField
        label="Target level"
        name="targetLevel"
        defaultValue={value("targetLevel") || "TL5"}
        errors={errors.targetLevel}
        options={TARGET_LEVELS.map((level) => ({
          value: level,
          label: LEVEL_LABELS[level],
        }))}
      />
      {canChooseManager ? (
        <SelectField
          label="Hiring manager"
          name="hiringManagerId"
          defaultValue={value("hiringManagerId")}
          errors={errors.hiringManagerId}
          options={hiringManagers.map((manager) => ({
            value: manager.id,
            label: manager.name,
          }))}
        />
      ) : (
        <input
          type="hidden"
          name="hiringManagerId"
          value={value("hiringManagerId")}
        />
      )}
      <fieldset className="grid gap-4 md:col-span-2 md:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">
          Assessment content
        </legend>
        <SelectField
          label="Rubric"
          name="rubric"
          defaultValue={value("rubric")}
          errors={errors.rubric}
          options={toOptions(content.rubrics)}
        />
        <SelectField
          label="Written questions"
          name="questionSet"
          defaultValue={value("questionSet")}
          errors={errors.questionSet}
          options={toOptions(content.questionSets)}
        />
        <SelectField
          label="PR-review exercise"
          name="exercise"
          defaultValue={value("exercise")}
          errors={errors.exercise}
          options={toOptions(content.exercises)}
        />
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
