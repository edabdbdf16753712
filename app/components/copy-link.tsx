import { useState } from "react";

/** A link shown once (its token is not stored), with a button that copies it. */
export function CopyLink({ url, label }: { url: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor="copy-link">
        {label}
      </label>
      <input
        id="copy-link"
        readOnly
        value={url}
        className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-2 py-1 font-mono text-xs"
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium"
        onClick={async () => {
          await navigator.clipboard.writeText(url).catch(() => undefined);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : "Copy link"}
      </button>
      <span className="text-xs text-slate-700">
        Shown once: we keep only a fingerprint of it.
      </span>
    </div>
  );
}
