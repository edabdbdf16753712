import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { redirect } from "@remix-run/node";
import {
  Form,
  useActionData,
  useNavigation,
  useSearchParams,
} from "@remix-run/react";
import { z } from "zod";
import { Button, FormError, TextField, valueOf } from "#app/components/forms";
import { homePath, safeRedirect } from "#app/domain/roles";
import {
  getStaffUser,
  startSession,
  verifySignIn,
} from "#app/services/auth.server";
import { formError, invalid, parseForm } from "#app/utils/forms";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getStaffUser(request, context);
  if (user) throw redirect(homePath(user.role));
  return null;
}

const SignInSchema = z.object({
  email: z.email("Enter your email address."),
  password: z.string().min(1, "Enter your password."),
  redirectTo: z.string().optional(),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(formData, SignInSchema);
  if (!parsed.ok) return invalid(parsed);
  const result = await verifySignIn({
    email: parsed.value.email,
    password: parsed.value.password,
    address: context.clientAddress ?? "unknown",
  });
  if (!result.ok)
    return formError(
      formData,
      result.message,
      "form",
      result.reason === "rate-limited" ? 429 : 400,
    );
  const fallback = homePath(result.user.role);
  return startSession(
    result.user,
    request,
    safeRedirect(parsed.value.redirectTo, fallback),
  );
}

export default function SignIn() {
  const failure = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Sign in to Leadbench</h1>
      <p className="mt-2 text-slate-700">
        For admins, hiring managers and panelists. Candidates use the link in
        their invitation.
      </p>
      <Form
        method="post"
        className="mt-6 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <FormError errors={failure?.errors.form} />
        <input
          type="hidden"
          name="redirectTo"
          value={searchParams.get("redirectTo") ?? ""}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={valueOf(failure, "email")}
          errors={failure?.errors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={failure?.errors.password}
        />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Signing in…" : "Sign in"}
        </Button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Sign in · Leadbench" }];
