// Markdown a candidate wrote (a preview, a review comment), rendered by a renderer that loads
// on first use: the written-answer page does not pay for it until the candidate previews.
// Until it arrives the text shows as typed, line breaks kept.
import { Suspense, lazy } from "react";

const MarkdownView = lazy(() =>
  import("./markdown-view").then((module) => ({
    default: module.MarkdownView,
  })),
);

export function CandidateMarkdown({
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

/**
 * Markdown from the assessment's own content (a question's prompt, the PR's description),
 * rendered to HTML on the server by renderContentMarkdown in content-markdown.server.ts.
 */
export function ContentHtml({ html }: { html: string }) {
  // The HTML comes from react-markdown on the server with raw HTML skipped, from content
  // files validated at start-up: nothing a user typed.
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
