// The candidate's own Markdown as they see it while working (an answer's preview, their review
// comments, the overview before submitting), rendered by a renderer that loads on first use:
// the written-answer page does not pay for it until the candidate previews. Until it arrives
// the text shows as typed, line breaks kept. Staff read submissions through SubmittedMarkdown.
import { Suspense, lazy } from "react";

const MarkdownView = lazy(() =>
  import("./markdown-view").then((module) => ({
    default: module.MarkdownView,
  })),
);

export function MarkdownPreview({
  source,
  className = "",
}: {
  source: string;
  className?: string;
}) {
  return (
    <Suspense
      fallback={
        <div
          className={`leading-relaxed break-words whitespace-pre-wrap text-slate-800 ${className}`}
        >
          {source}
        </div>
      }
    >
      <MarkdownView source={source} className={className} />
    </Suspense>
  );
}
