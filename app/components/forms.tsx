// Form building blocks: every input has a visible label, its error is announced and tied to
// it with aria-describedby, and a failed submission keeps what the user typed.
import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { useId } from "react";

type FieldProps = { label: string; errors?: string[]; hint?: ReactNode };

function FieldShell({
  id,
  label,
  errors,
  hint,
  children,
}: FieldProps & { id: string; children: ReactNode }) {
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
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const controlClass =
  "rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-600";

function describedBy(id: string, props: FieldProps) {
  return (
    [props.hint ? `${id}-hint` : "", props.errors?.length ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined
  );
}

export function TextField(
  props: FieldProps & InputHTMLAttributes<HTMLInputElement>,
) {
  const generated = useId();
  const { label, errors, hint, id = generated, ...input } = props;
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      <input
        id={id}
        className={controlClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props)}
        {...input}
      />
    </FieldShell>
  );
}

export function TextAreaField(
  props: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>,
) {
  const generated = useId();
  const { label, errors, hint, id = generated, ...textarea } = props;
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      <textarea
        id={id}
        className={controlClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props)}
        {...textarea}
      />
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps &
    SelectHTMLAttributes<HTMLSelectElement> & {
      options: { value: string; label: string }[];
    },
) {
  const generated = useId();
  const { label, errors, hint, id = generated, options, ...select } = props;
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      <select
        id={id}
        className={controlClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props)}
        {...select}
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

/** The value to show in a field: what the user just submitted, else what is stored. */
export function valueOf(
  failure: { values?: Record<string, string | string[]> } | undefined,
  name: string,
  stored?: string | number | null,
): string {
  const submitted = failure?.values?.[name];
  if (typeof submitted === "string") return submitted;
  return stored === null || stored === undefined ? "" : String(stored);
}
