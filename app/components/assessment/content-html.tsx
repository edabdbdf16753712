// The assessment's own content (a question's prompt, the PR's description) as HTML, rendered
// from its Markdown on the server by renderContentMarkdown in content-markdown.server.ts.
export function ContentHtml({ html }: { html: string }) {
  // The HTML comes from react-markdown on the server with raw HTML skipped, from content
  // files validated at start-up: nothing a user typed.
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
