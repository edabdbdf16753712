// The review's summary: a verdict and an overall comment, autosaved like an answer.
import { useId } from "react";
import { ConflictNotice } from "#app/components/assessment/conflict-notice";
import { MarkdownEditor } from "#app/components/assessment/markdown-editor";
import { LIMITS, oversizeMessage } from "#app/domain/autosave";
import { REVIEW_VERDICTS, type ReviewVerdictKey } from "#app/domain/review";
import { countWords } from "#app/domain/word-count";
import { useAutosaveRecord } from "#app/autosave/use-autosave";

export type SummaryValue = { verdict: ReviewVerdictKey | null; body: string };

export function SummaryForm({
  server,
  submitted,
}: {
  server: {
    verdict: ReviewVerdictKey | null;
    body: string;
    revision: number;
  } | null;
  submitted: boolean;
}) {
  const id = useId();
  const autosave = useAutosaveRecord<SummaryValue>({
    key: "summary",
    url: "/assessment/summary",
    server: server
      ? {
          value: { verdict: server.verdict, body: server.body },
          revision: server.revision,
        }
      : null,
    empty: { verdict: null, body: "" },
  });
  const { value, record } = autosave;
  const closed = submitted || record?.phase === "closed";
  const readOnly = closed || !autosave.live;
  const words = countWords(value.body);
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Your review summary
      </h2>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">Verdict</legend>
        <div className="flex flex-col gap-2">
          {REVIEW_VERDICTS.map((verdict) => (
            <div
              key={verdict.key}
              className={`flex items-start gap-2 rounded-md border px-3 py-2 ${
                value.verdict === verdict.key
                  ? "border-brand-600 bg-brand-50"
                  : "border-slate-300 bg-white"
              }`}
            >
              <input
                type="radio"
                id={`${id}-${verdict.key}`}
                name="verdict"
                value={verdict.key}
                checked={value.verdict === verdict.key}
                disabled={readOnly}
                aria-describedby={`${id}-${verdict.key}-hint`}
                onChange={() =>
                  autosave.update({ ...value, verdict: verdict.key })
                }
                className="mt-1 size-4"
              />
              <div className="flex flex-col">
                <label
                  htmlFor={`${id}-${verdict.key}`}
                  className="text-sm font-medium"
                >
                  {verdict.label}
                </label>
                <span
                  id={`${id}-${verdict.key}-hint`}
                  className="text-xs text-slate-700"
                >
                  {verdict.hint}
                </span>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <MarkdownEditor
        label="Summary comment"
        value={value.body}
        onChange={(body) => autosave.update({ ...value, body })}
        readOnly={readOnly}
        rows={8}
        warning={oversizeMessage("summary", value.body)}
        placeholder="What the author should take away from your review as a whole."
        meta={`${words} ${words === 1 ? "word" : "words"} · Markdown works · up to ${LIMITS.summaryCharacters.toLocaleString("en")} characters`}
      />
      {record?.message &&
      (record.phase === "rejected" ||
        record.phase === "session" ||
        (record.phase === "closed" && !submitted)) ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {record.message}
        </p>
      ) : null}
      {record?.phase === "conflict" && record.conflict ? (
        <ConflictNotice
          what="summary"
          mine={record.value ? summaryText(record.value) : null}
          theirs={
            record.conflict.serverValue
              ? summaryText(record.conflict.serverValue)
              : null
          }
          theirsSavedAt={record.conflict.serverSavedAt}
          onKeepMine={() => autosave.resolve("mine")}
          onUseTheirs={() => autosave.resolve("theirs")}
        />
      ) : null}
    </section>
  );
}

function summaryText(value: SummaryValue): string {
  const verdict =
    REVIEW_VERDICTS.find((v) => v.key === value.verdict)?.label ?? "No verdict";
  return `Verdict: ${verdict}\n\n${value.body}`;
}
