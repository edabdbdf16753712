import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { redirect } from "@remix-run/node";
import {
  Form,
  useActionData,
  useLoaderData,
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
import { isSsoRefusal, SSO_REFUSALS } from "#app/domain/sso";
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
import { ssoEnabled } from "#app/services/sso.server";
import { getEnv } from "#app/utils/env.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getStaffUser(request, context);
  if (user) throw redirect(homePath(user.role));
  const refusal = new URL(request.url).searchParams.get("sso");
  return {
    sso: ssoEnabled(),
    passwords: getEnv().PASSWORD_SIGNIN,
    ssoError: isSsoRefusal(refusal) ? SSO_REFUSALS[refusal] : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseSubmission(await readForm(request), SignInSchema);
  if (submission.status !== "success")
    return rejectSubmission("sign-in", submission);
  if (!getEnv().PASSWORD_SIGNIN)
    return rejectSubmission("sign-in", submission, {
      formError: "Password sign-in is turned off: use single sign-on.",
      status: 403,
    });
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
  const { sso, passwords, ssoError } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Sign in to Leadbench</h1>
      <p className="mt-2 text-slate-700">
        For admins, hiring managers and panelists. Candidates use the link in
        their invitation.
      </p>
      {sso ? (
        <div className="mt-6 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <FormError errors={ssoError ? [ssoError] : undefined} />
          {/* A document navigation, not a fetch: the provider's page is another site. */}
          <a
            href={`/auth/oidc?${new URLSearchParams({ redirectTo: searchParams.get("redirectTo") ?? "" })}`}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-center text-sm font-medium text-slate-900 hover:bg-slate-50"
          >
            Sign in with single sign-on
          </a>
        </div>
      ) : null}
      {passwords ? <PasswordSignIn reply={reply} /> : null}
    </div>
  );
}

function PasswordSignIn({
  reply,
}: {
  reply: ReturnType<typeof useActionData<typeof action>>;
}) {
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm(SignInSchema, {
    id: "sign-in",
    lastResult: reply?.result,
  });
  return (
    <>
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
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "Sign in · Leadbench" }];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
