// The opening form, for creating and editing an opening: team context, target level, the
// hiring manager and the assessment content. Validated in the browser and by the action with
// the same schema (OpeningFormSchema).
import type { SubmissionResult } from "@conform-to/react";
import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import {
  Button,
  FormError,
  CheckboxField,
  HiddenField,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "./forms";
import { OpeningFormSchema } from "#app/domain/forms/opening";
import { LEVEL_LABELS, TARGET_LEVELS } from "#app/domain/levels";

type Summary = { key: string; version: number; title: string };

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
  timeAllowedDays: number;
  reminderHoursBefore: number;
  emailInvitation: boolean;
  emailReminders: boolean;
  emailConfirmation: boolean;
  emailPanelistNotice: boolean;
  emailPanelComplete: boolean;
};

/** A new opening's deadlines and emails: a week to answer, a reminder two days before. */
const NEW_OPENING_SETTINGS = {
  timeAllowedDays: 7,
  reminderHoursBefore: 48,
  emailInvitation: true,
  emailReminders: true,
  emailConfirmation: true,
  emailPanelistNotice: true,
  emailPanelComplete: true,
};

const toOptions = (items: Summary[]) =>
  items.map((item) => ({
    value: `${item.key}@${item.version}`,
    label: `${item.title} (v${item.version})`,
  }));

export function OpeningForm({
  stored,
  lastResult,
  content,
  hiringManagers,
  canChooseManager,
  submitLabel,
}: {
  stored?: Partial<OpeningFormValues>;
  lastResult?: SubmissionResult<string[]>;
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
  const [form, fields] = useSchemaForm(OpeningFormSchema, {
    id: "opening",
    lastResult,
    defaultValue: {
      ...NEW_OPENING_SETTINGS,
      ...stored,
      targetLevel: stored?.targetLevel || "TL5",
    },
  });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="grid gap-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-2"
    >
      <div className="md:col-span-2">
        <FormError errors={form.errors} />
      </div>
      <div className="md:col-span-2">
        <TextField label="Title" field={fields.title} />
      </div>
      <fieldset className="grid gap-4 md:col-span-2 md:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Team context</legend>
        <TextField label="Team size" field={fields.teamSize} type="number" />
        <TextField
          label="Seniority mix"
          field={fields.seniorityMix}
          placeholder="2 senior, 2 mid, 1 junior"
        />
        <TextField
          label="Expected coding share (%)"
          field={fields.codingSharePercent}
          type="number"
        />
        <div className="md:col-span-3">
          <TextAreaField
            label="Main technical challenge"
            field={fields.mainChallenge}
            rows={3}
            hint="What this tech lead must get right in their first year."
          />
        </div>
      </fieldset>
      <SelectField
        label="Target level"
        field={fields.targetLevel}
        options={TARGET_LEVELS.map((level) => ({
          value: level,
          label: LEVEL_LABELS[level],
        }))}
      />
      {canChooseManager ? (
        <SelectField
          label="Hiring manager"
          field={fields.hiringManagerId}
          options={hiringManagers.map((manager) => ({
            value: manager.id,
            label: manager.name,
          }))}
        />
      ) : (
        <HiddenField field={fields.hiringManagerId} />
      )}
      <fieldset className="grid gap-4 md:col-span-2 md:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">
          Assessment content
        </legend>
        <SelectField
          label="Rubric"
          field={fields.rubric}
          options={toOptions(content.rubrics)}
        />
        <SelectField
          label="Written questions"
          field={fields.questionSet}
          options={toOptions(content.questionSets)}
        />
        <SelectField
          label="PR-review exercise"
          field={fields.exercise}
          options={toOptions(content.exercises)}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:col-span-2 md:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">
          Deadlines and email
        </legend>
        <TextField
          label="Time allowed (days)"
          field={fields.timeAllowedDays}
          type="number"
          hint="From the invitation to the due date; an admin can extend one candidate's."
        />
        <TextField
          label="Remind candidates (hours before the due date)"
          field={fields.reminderHoursBefore}
          type="number"
        />
        <div className="grid gap-2 md:col-span-3">
          <CheckboxField
            label="Email the invitation to the candidate"
            field={fields.emailInvitation}
          />
          <CheckboxField
            label="Remind a candidate who has not submitted"
            field={fields.emailReminders}
          />
          <CheckboxField
            label="Confirm a submission to the candidate"
            field={fields.emailConfirmation}
          />
          <CheckboxField
            label="Tell each panelist a submission is waiting"
            field={fields.emailPanelistNotice}
          />
          <CheckboxField
            label="Tell the hiring manager when the panel is complete"
            field={fields.emailPanelComplete}
          />
        </div>
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
