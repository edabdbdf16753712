// Form building blocks: every input has a visible label, its error is announced and tied to
// it with aria-describedby, and a failed submission keeps what the user typed. A field bound
// to a conform form (`field`) takes its name, id, constraints, value and errors from it; the
// form itself comes from `useSchemaForm`, which validates in the browser with the same zod
// schema the action parses with.
import {
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type FieldMetadata,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type {
  FormEvent,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { useId, useMemo } from "react";
import type { z } from "zod";
import { constraintSource } from "#app/domain/forms/fields";

/**
 * A conform form validated by `schema` on submit and, once shown, on input; `lastResult` is the
 * action's reply for this form (its errors and the values the user sent).
 */
export function useSchemaForm<
  Schema extends z.ZodType<Record<string, unknown>>,
>(
  schema: Schema,
  options: {
    id?: string;
    lastResult?: SubmissionResult<string[]> | null;
    defaultValue?: Partial<Record<keyof z.input<Schema>, unknown>>;
    /** Called instead of a plain submission once the browser's check passes. */
    onSubmit?: (
      event: FormEvent<HTMLFormElement>,
      context: { formData: FormData },
    ) => void;
  } = {},
) {
  const constraint = useMemo(
    () => getZodConstraint(constraintSource(schema)),
    [schema],
  );
  return useForm<z.input<Schema> & Record<string, unknown>, z.output<Schema>>({
    id: options.id,
    lastResult: options.lastResult,
    // conform's DefaultValue type is recursive over the schema; ours are plain values.
    defaultValue: options.defaultValue as never,
    constraint,
    // Not on blur: an error appearing as the pointer leaves a field moves the button being
    // pressed, and the click is lost. After a first submit, errors follow the typing.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    onSubmit: options.onSubmit,
  });
}

/** The action's reply for the form that posts `intent`, from a page with several forms. */
export function replyFor<Intent extends string>(
  actionData:
    { intent: string; result: SubmissionResult<string[]> } | null | undefined,
  intent: Intent,
): SubmissionResult<string[]> | undefined {
  return actionData?.intent === intent ? actionData.result : undefined;
}

/** Every message in a reply, form-level first: for a page that shows a row's errors at the top. */
export function replyErrors(
  result: SubmissionResult<string[]> | undefined,
): string[] {
  if (!result?.error) return [];
  const { "": formErrors, ...fieldErrors } = result.error;
  return [
    ...(formErrors ?? []),
    ...Object.values(fieldErrors).flatMap((errors) => errors ?? []),
  ];
}

// Any field of any form: the components read only its shared metadata.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- conform's own default
type AnyField = FieldMetadata<any, any, string[]>;

type FieldProps = {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  /** The conform field this control is bound to. */
  field?: AnyField;
};

function FieldShell({
  id,
  label,
  errors,
  hint,
  children,
}: Omit<FieldProps, "field"> & { id: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors && errors.length > 1 ? (
        // Several problems (a pasted list's lines): one a line, so each can be read alone.
        <div id={`${id}-error`} role="alert">
          <ul className="list-disc pl-5 text-sm text-red-700">
            {errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </div>
      ) : errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

const controlClass =
  "rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-600";

/** The id, errors and aria attributes of a control, bound or not. */
function useControl(
  props: Pick<FieldProps, "errors" | "hint" | "field"> & { id?: string },
) {
  const generated = useId();
  const id = props.field?.id ?? props.id ?? generated;
  const errors = props.field ? (props.field.errors ?? undefined) : props.errors;
  const describedBy =
    [props.hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  return {
    id,
    errors,
    aria: {
      "aria-invalid": errors?.length ? true : undefined,
      "aria-describedby": describedBy,
    },
  };
}

type InputType = Exclude<
  Parameters<typeof getInputProps>[1]["type"],
  "checkbox" | "radio"
>;

export function TextField({
  label,
  errors,
  hint,
  field,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const control = useControl({ errors, hint, field, id: input.id });
  const { key, ...bound } = field
    ? getInputProps(field, {
        type: (input.type ?? "text") as InputType,
        ariaAttributes: false,
      })
    : { key: undefined };
  return (
    <FieldShell
      id={control.id}
      label={label}
      errors={control.errors}
      hint={hint}
    >
      <input
        key={key}
        className={controlClass}
        {...control.aria}
        {...bound}
        {...input}
        id={control.id}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  errors,
  hint,
  field,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const control = useControl({ errors, hint, field, id: textarea.id });
  const { key, ...bound } = field
    ? getTextareaProps(field, { ariaAttributes: false })
    : { key: undefined };
  return (
    <FieldShell
      id={control.id}
      label={label}
      errors={control.errors}
      hint={hint}
    >
      <textarea
        key={key}
        className={controlClass}
        {...control.aria}
        {...bound}
        {...textarea}
        id={control.id}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  errors,
  hint,
  field,
  options,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: { value: string; label: string }[];
  }) {
  const control = useControl({ errors, hint, field, id: select.id });
  const { key, ...bound } = field
    ? getSelectProps(field, { ariaAttributes: false })
    : { key: undefined };
  return (
    <FieldShell
      id={control.id}
      label={label}
      errors={control.errors}
      hint={hint}
    >
      <select
        key={key}
        className={controlClass}
        {...control.aria}
        {...bound}
        {...select}
        id={control.id}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A hidden input that carries a bound field's value (an id the user does not choose here). */
/** A yes/no setting: the box before its label, as people expect a checkbox to read. */
export function CheckboxField({
  label,
  hint,
  field,
}: {
  label: string;
  hint?: ReactNode;
  field: AnyField;
}) {
  const control = useControl({ hint, field });
  const { key, ...bound } = getInputProps(field, {
    type: "checkbox",
    ariaAttributes: false,
  });
  return (
    <div className="flex items-start gap-2">
      <input
        key={key}
        className="mt-1 h-4 w-4 rounded border-slate-400"
        {...control.aria}
        {...bound}
        id={control.id}
      />
      <div className="flex flex-col">
        <label htmlFor={control.id} className="text-sm text-slate-800">
          {label}
        </label>
        {hint ? (
          <p id={`${control.id}-hint`} className="text-xs text-slate-600">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function HiddenField({ field }: { field: AnyField }) {
  const { key, ...props } = getInputProps(field, {
    type: "hidden",
    ariaAttributes: false,
  });
  return <input key={key} {...props} />;
}

export function FormError({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {errors.join(" ")}
    </div>
  );
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: "primary" | "secondary" | "danger";
}) {
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary:
      "border border-slate-400 bg-white text-slate-900 hover:bg-slate-50",
    danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
  }[variant];
  return (
    <button
      className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${styles} ${className}`}
      {...props}
    />
  );
}
