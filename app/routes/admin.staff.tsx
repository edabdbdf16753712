import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import type { SubmissionResult } from "@conform-to/react";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { TableHead } from "#app/components/table-head";
import {
  Button,
  FormError,
  HiddenField,
  replyErrors,
  replyFor,
  SelectField,
  TextField,
  useSchemaForm,
} from "#app/components/forms";
import {
  CreateStaffSchema,
  ResetPasswordSchema,
  SetActiveSchema,
  SetRoleSchema,
} from "#app/domain/forms/staff";
import { ROLE_LABELS, ROLES } from "#app/domain/roles";
import {
  readSessionId,
  requireRole,
  type StaffUser,
} from "#app/services/auth.server";
import {
  acceptSubmission,
  intentOf,
  parseSubmission,
  readForm,
  rejectSubmission,
  rejectWithError,
  unknownIntent,
} from "#app/services/form-submission.server";
import {
  createStaff,
  listStaff,
  updateStaff,
} from "#app/services/staff.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"], context);
  return { staff: await listStaff(), currentUserId: user.id };
}

// Schemas: #app/domain/forms/staff, one per intent.

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const formData = await readForm(request);
  // The session that asks stays signed in when an admin changes their own account.
  const keepSessionId = await readSessionId(request);
  switch (intentOf(formData)) {
    case "create":
      return createAction(user, formData);
    case "set-role":
      return setRoleAction(user, formData, keepSessionId);
    case "set-active":
      return setActiveAction(user, formData);
    case "reset-password":
      return resetPasswordAction(user, formData, keepSessionId);
    default:
      throw unknownIntent();
  }
}

async function createAction(user: StaffUser, formData: FormData) {
  const submission = parseSubmission(formData, CreateStaffSchema);
  if (submission.status !== "success")
    return rejectSubmission("create", submission);
  try {
    await createStaff(user, submission.value);
  } catch (error) {
    return rejectWithError("create", submission, error);
  }
  return acceptSubmission("create", submission, {
    message: `Added ${submission.value.name}.`,
  });
}

async function setRoleAction(
  user: StaffUser,
  formData: FormData,
  keepSessionId: string | null,
) {
  const submission = parseSubmission(formData, SetRoleSchema);
  if (submission.status !== "success")
    return rejectSubmission("set-role", submission);
  try {
    await updateStaff(
      user,
      submission.value.userId,
      { role: submission.value.role },
      { keepSessionId },
    );
  } catch (error) {
    return rejectWithError("set-role", submission, error);
  }
  return acceptSubmission("set-role", submission, { message: "Role changed." });
}

async function setActiveAction(user: StaffUser, formData: FormData) {
  const submission = parseSubmission(formData, SetActiveSchema);
  if (submission.status !== "success")
    return rejectSubmission("set-active", submission);
  const active = submission.value.active === "true";
  try {
    await updateStaff(user, submission.value.userId, { active });
  } catch (error) {
    return rejectWithError("set-active", submission, error);
  }
  return acceptSubmission("set-active", submission, {
    message: active
      ? "Account reactivated."
      : "Account deactivated and signed out.",
  });
}

async function resetPasswordAction(
  user: StaffUser,
  formData: FormData,
  keepSessionId: string | null,
) {
  const submission = parseSubmission(formData, ResetPasswordSchema);
  if (submission.status !== "success")
    return rejectSubmission("reset-password", submission);
  try {
    await updateStaff(
      user,
      submission.value.userId,
      { password: submission.value.password },
      { keepSessionId },
    );
  } catch (error) {
    return rejectWithError("reset-password", submission, error);
  }
  return acceptSubmission("reset-password", submission, {
    message: "Password reset; their sessions were signed out.",
  });
}

type Member = ReturnType<typeof useLoaderData<typeof loader>>["staff"][number];

const roleOptions = ROLES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));

export default function Staff() {
  const { staff, currentUserId } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  // A row's form is small; its errors show above the table, where the status shows.
  const rowFailure = reply && !reply.ok && reply.intent !== "create";
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-semibold">Staff</h1>
      <div aria-live="polite">
        {reply?.ok ? (
          <p
            role="status"
            className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
          >
            {reply.message}
          </p>
        ) : null}
        {rowFailure ? <FormError errors={replyErrors(reply.result)} /> : null}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <TableHead columns={["Name", "Role", "Status", "Password"]} />
          <tbody>
            {staff.map((member) => (
              <tr
                key={member.id}
                className="border-t border-slate-200 align-top"
              >
                <td className="px-3 py-2">
                  <div className="font-medium">{member.name}</div>
                  <div className="text-slate-600">{member.email}</div>
                </td>
                <td className="px-3 py-2">
                  <SetRoleForm
                    // Defaults are read once: a changed role starts a fresh form.
                    key={member.role}
                    member={member}
                    isSelf={member.id === currentUserId}
                  />
                </td>
                <td className="px-3 py-2">
                  {member.active ? "Active" : "Deactivated"}
                  {member.id === currentUserId ? null : (
                    <SetActiveForm
                      key={String(member.active)}
                      member={member}
                    />
                  )}
                </td>
                <td className="px-3 py-2">
                  <ResetPasswordForm member={member} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateStaffForm lastResult={replyFor(reply, "create")} />
    </div>
  );
}

function SetRoleForm({ member, isSelf }: { member: Member; isSelf: boolean }) {
  const [form, fields] = useSchemaForm(SetRoleSchema, {
    id: `set-role-${member.id}`,
    defaultValue: { userId: member.id, role: member.role },
  });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="flex items-end gap-2"
    >
      <input type="hidden" name="intent" value="set-role" />
      <HiddenField field={fields.userId} />
      <SelectField
        label={`Role of ${member.name}`}
        field={fields.role}
        options={roleOptions}
        disabled={isSelf}
      />
      {isSelf ? null : (
        <Button
          type="submit"
          variant="secondary"
          aria-label={`Save role of ${member.name}`}
        >
          Save
        </Button>
      )}
    </Form>
  );
}

function SetActiveForm({ member }: { member: Member }) {
  const [form, fields] = useSchemaForm(SetActiveSchema, {
    id: `set-active-${member.id}`,
    defaultValue: {
      userId: member.id,
      active: member.active ? "false" : "true",
    },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mt-1">
      <input type="hidden" name="intent" value="set-active" />
      <HiddenField field={fields.userId} />
      <HiddenField field={fields.active} />
      <Button
        type="submit"
        variant={member.active ? "danger" : "secondary"}
        aria-label={`${member.active ? "Deactivate" : "Reactivate"} ${member.name}`}
      >
        {member.active ? "Deactivate" : "Reactivate"}
      </Button>
    </Form>
  );
}

function ResetPasswordForm({ member }: { member: Member }) {
  const [form, fields] = useSchemaForm(ResetPasswordSchema, {
    id: `reset-password-${member.id}`,
    defaultValue: { userId: member.id },
  });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="flex items-end gap-2"
    >
      <input type="hidden" name="intent" value="reset-password" />
      <HiddenField field={fields.userId} />
      <TextField
        label={`New password for ${member.name}`}
        field={fields.password}
        type="password"
        autoComplete="new-password"
      />
      <Button
        type="submit"
        variant="secondary"
        aria-label={`Reset password of ${member.name}`}
      >
        Reset
      </Button>
    </Form>
  );
}

function CreateStaffForm({
  lastResult,
}: {
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useSchemaForm(CreateStaffSchema, {
    id: "create-staff",
    lastResult,
    defaultValue: { role: "PANELIST" },
  });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-2"
    >
      <h2 className="text-lg font-semibold md:col-span-2">
        Add a staff member
      </h2>
      <input type="hidden" name="intent" value="create" />
      <div className="md:col-span-2">
        <FormError errors={form.errors} />
      </div>
      <TextField label="Name" field={fields.name} />
      <TextField label="Email" field={fields.email} type="email" />
      <SelectField label="Role" field={fields.role} options={roleOptions} />
      <TextField
        label="Initial password"
        field={fields.password}
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters; share it privately."
      />
      <div className="md:col-span-2">
        <Button type="submit">Add staff member</Button>
      </div>
    </Form>
  );
}

export const meta: MetaFunction = () => [{ title: "Staff · Leadbench" }];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
