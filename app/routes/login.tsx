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
import { getFormProps } from "@conform-to/react";
import {
  Button,
  FormError,
  TextField,
  useSchemaForm,
} from "#app/components/forms";
import { SignInSchema } from "#app/domain/forms/sign-in";
import { homePath, safeRedirect } from "#app/domain/roles";
import {
  getStaffUser,
  startSession,
  verifySignIn,
} from "#app/services/auth.server";
import {
  parseSubmission,
  readForm,
  rejectSubmission,
} from "#app/services/form-submission.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getStaffUser(request, context);
  if (user) throw redirect(homePath(user.role));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseSubmission(await readForm(request), SignInSchema);
  if (submission.status !== "success")
    return rejectSubmission("sign-in", submission);
  const result = await verifySignIn({
    email: submission.value.email,
    password: submission.value.password,
    address: context.clientAddress ?? "unknown",
  });
  if (!result.ok) {
    return rejectSubmission("sign-in", submission, {
      formError: result.message,
      status: result.reason === "rate-limited" ? 429 : 400,
    });
  }
  const fallback = homePath(result.user.role);
  return startSession(
    result.user,
    request,
    safeRedirect(submission.value.redirectTo, fallback),
  );
}

export default function SignIn() {
  const reply = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm(SignInSchema, {
    id: "sign-in",
    lastResult: reply?.result,
  });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Sign in to Leadbench</h1>
      <p className="mt-2 text-slate-700">
        For admins, hiring managers and panelists. Candidates use the link in
        their invitation.
      </p>
      <Form
        method="post"
        {...getFormProps(form)}
        className="mt-6 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <FormError errors={form.errors} />
        <input
          type="hidden"
          name="redirectTo"
          value={searchParams.get("redirectTo") ?? ""}
        />
        <TextField
          label="Email"
          field={fields.email}
          type="email"
          autoComplete="username"
        />
        <TextField
          label="Password"
          field={fields.password}
          type="password"
          autoComplete="current-password"
        />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Signing in…" : "Sign in"}
        </Button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Sign in · Leadbench" }];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
