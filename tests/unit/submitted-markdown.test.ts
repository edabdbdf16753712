// Candidate Markdown reaches panelists as text: raw HTML is escaped, script URLs are
// dropped and images are not fetched.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SubmittedMarkdown } from "#app/components/panel/submitted-markdown";

const render = (markdown: string) =>
  renderToStaticMarkup(createElement(SubmittedMarkdown, null, markdown));

describe("SubmittedMarkdown", () => {
  it("renders Markdown, tables included", () => {
    const html = render(
      "**bold** and `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<table>");
  });

  it("shows raw HTML as text instead of markup", () => {
    const html = render(
      'Hi <script>alert(1)</script> <img src=x onerror="alert(2)">',
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript: links and does not load images", () => {
    const html = render(
      "[click](javascript:alert(1)) ![pixel](https://tracker.example/p.gif)",
    );
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("tracker.example");
    expect(html).toContain("[image: pixel]");
  });
});
