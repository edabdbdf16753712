// What the opening page's last action did, above the table: who was added, or a candidate's
// new invite link, which is shown once (only its fingerprint is kept) and so stays until the
// admin dismisses it.
import { useState } from "react";
import { CopyLink } from "#app/components/copy-link";

export function StatusBanner({
  message,
  invite,
}: {
  message: string;
  invite?: { candidateId: string; url: string };
}) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-start gap-2 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
    >
      <div className="min-w-0 flex-1">
        {message}
        {invite ? (
          <CopyLink key={invite.url} url={invite.url} label="Invite link" />
        ) : null}
      </div>
      {invite ? (
        <button
          type="button"
          className="rounded px-2 py-1 text-sm underline"
          onClick={() => setDismissed(true)}
        >
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
