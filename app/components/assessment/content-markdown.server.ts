// Renders the assessment's own Markdown (question prompts, PR descriptions) to HTML on the
// server, so the pages that show it need no Markdown renderer in the browser.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MarkdownView } from "./markdown-view";

export function renderContentMarkdown(source: string): string {
  return renderToStaticMarkup(createElement(MarkdownView, { source }));
}
