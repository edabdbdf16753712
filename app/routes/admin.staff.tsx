import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { TableHead } from "#app/components/table-head";
import {
  Button,
  FormError,
  SelectField,
  TextField,
  valueOf,
} from "#app/components/forms";
import { ROLE_LABELS, ROLES } from "#app/domain/roles";
import { requireRole } from "#app/services/auth.server";
import {
  createStaff,
  listStaff,
  updateStaff,
} from "#app/services/staff.server";
import { invalid, parseForm, userFacingFailure } from "#app/utils/forms";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"], context);
  return { staff: await listStaff(), currentUserId: user.id };
}

const password = z.string().min(12, "Use at least 12 characters.").max(200);

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("create"),
    name: z.string().trim().min(1, "Enter a name.").max(200),
    email: z.email("Enter a valid email address."),
    role: z.enum(ROLES, { error: "Choose a role." }),
    password,
  }),
  z.object({
    intent: z.literal("set-role"),
    userId: z.string().min(1),
    role: z.enum(ROLES),
  }),
  z.object({
    intent: z.literal("set-active"),
    userId: z.string().min(1),
    active: z.enum(["true", "false"]),
  }),
  z.object({
    intent: z.literal("reset-password"),
    userId: z.string().min(1),
    password,
  }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const formData = await request.formData();
  const parsed = parseForm(formData, ActionSchema);
  if (!parsed.ok) return invalid(parsed);
  const input = parsed.value;
  try {
    switch (input.intent) {
      case "create":
        await createStaff(user, input);
        return { ok: true as const, message: `Added ${input.name}.` };
      case "set-role":
        await updateStaff(user, input.userId, { role: input.role });
        return { ok: true as const, message: "Role changed." };
      case "set-active":
        await updateStaff(user, input.userId, {
          active: input.active === "true",
        });
        return {
          ok: true as const,
          message:
            input.active === "true"
              ? "Account reactivated."
              : "Account deactivated and signed out.",
        };
      case "reset-password":
        await updateStaff(user, input.userId, { password: input.password });
        return {
          ok: true as const,
          message: "Password reset; their sessions were signed out.",
        };
    }
  } catch (error) {
    return userFacingFailure(formData, error);
  }
}

export default function Staff() {
  const { staff, currentUserId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && !result.ok ? result : undefined;
  const creating = failure?.values.intent === "create";
  const roleOptions = ROLES.map((role) => ({
    value: role,
    label: ROLE_LABELS[role],
  }));
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-semibold">Staff</h1>
      <div aria-live="polite">
        {result?.ok ? (
          <p
            role="status"
            className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
          >
            {result.message}
          </p>
        ) : null}
        {failure && !creating ? (
          <FormError errors={Object.values(failure.errors).flat()} />
        ) : null}
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
                  <Form method="post" className="flex items-end gap-2">
                    <input type="hidden" name="intent" value="set-role" />
                    <input type="hidden" name="userId" value={member.id} />
                    <SelectField
                      label={`Role of ${member.name}`}
                      name="role"
                      defaultValue={member.role}
                      options={roleOptions}
                      disabled={member.id === currentUserId}
                    />
                    {member.id === currentUserId ? null : (
                      <Button
                        type="submit"
                        variant="secondary"
                        aria-label={`Save role of ${member.name}`}
                      >
                        Save
                      </Button>
                    )}
                  </Form>
                </td>
                <td className="px-3 py-2">
                  {member.active ? "Active" : "Deactivated"}
                  {member.id === currentUserId ? null : (
                    <Form method="post" className="mt-1">
                      <input type="hidden" name="intent" value="set-active" />
                      <input type="hidden" name="userId" value={member.id} />
                      <input
                        type="hidden"
                        name="active"
                        value={member.active ? "false" : "true"}
                      />
                      <Button
                        type="submit"
                        variant={member.active ? "danger" : "secondary"}
                        aria-label={`${member.active ? "Deactivate" : "Reactivate"} ${member.name}`}
                      >
                        {member.active ? "Deactivate" : "Reactivate"}
                      </Button>
                    </Form>
                  )}
                </td>
                <td className="px-3 py-2">
                  <Form method="post" className="flex items-end gap-2">
                    <input type="hidden" name="intent" value="reset-password" />
                    <input type="hidden" name="userId" value={member.id} />
                    <TextField
                      label={`New password for ${member.name}`}
                      name="password"
                      type="password"
                      autoComplete="new-password"
                      minLength={12}
                      required
                    />
                    <Button
                      type="submit"
                      variant="secondary"
                      aria-label={`Reset password of ${member.name}`}
                    >
                      Reset
                    </Button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form
        method="post"
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-2"
      >
        <h2 className="text-lg font-semibold md:col-span-2">
          Add a staff member
        </h2>
        <input type="hidden" name="intent" value="create" />
        <div className="md:col-span-2">
          {creating ? <FormError errors={failure?.errors.form} /> : null}
        </div>
        <TextField
          label="Name"
          name="name"
          required
          defaultValue={creating ? valueOf(failure, "name") : ""}
          errors={creating ? failure?.errors.name : undefined}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          required
          defaultValue={creating ? valueOf(failure, "email") : ""}
          errors={creating ? failure?.errors.email : undefined}
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue={creating ? valueOf(failure, "role") : "PANELIST"}
          options={roleOptions}
          errors={creating ? failure?.errors.role : undefined}
        />
        <TextField
          label="Initial password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 12 characters; share it privately."
          errors={creating ? failure?.errors.password : undefined}
        />
        <div className="md:col-span-2">
          <Button type="submit">Add staff member</Button>
        </div>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Staff · Leadbench" }];
