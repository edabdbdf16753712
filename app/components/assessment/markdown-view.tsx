// Renders Markdown the candidate or the content authors wrote. Raw HTML is dropped, not
// rendered, and react-markdown's URL filter removes javascript: links, so nothing a candidate
// types runs on anyone's page.
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

const components: Components = {
  h1: ({ node: _node, children, ...props }) => (
    <h3 className="mt-4 mb-2 text-lg font-semibold" {...props}>
      {children}
    </h3>
  ),
  h2: ({ node: _node, children, ...props }) => (
    <h3 className="mt-4 mb-2 text-base font-semibold" {...props}>
      {children}
    </h3>
  ),
  h3: ({ node: _node, children, ...props }) => (
    <h4 className="mt-3 mb-1 font-semibold" {...props}>
      {children}
    </h4>
  ),
  h4: ({ node: _node, children, ...props }) => (
    <h5 className="mt-3 mb-1 font-semibold" {...props}>
      {children}
    </h5>
  ),
  p: ({ node: _node, ...props }) => <p className="my-2" {...props} />,
  ul: ({ node: _node, ...props }) => (
    <ul className="my-2 list-disc pl-6" {...props} />
  ),
  ol: ({ node: _node, ...props }) => (
    <ol className="my-2 list-decimal pl-6" {...props} />
  ),
  li: ({ node: _node, ...props }) => <li className="my-0.5" {...props} />,
  blockquote: ({ node: _node, ...props }) => (
    <blockquote
      className="my-2 border-l-4 border-slate-300 pl-3 text-slate-700"
      {...props}
    />
  ),
  a: ({ node: _node, children, ...props }) => (
    <a
      className="text-brand-700 underline"
      target="_blank"
      rel="noreferrer noopener nofollow"
      {...props}
    >
      {children}
    </a>
  ),
  code: ({ node: _node, className, ...props }) => (
    <code
      className={`rounded bg-slate-100 px-1 font-mono text-[0.9em] ${className ?? ""}`}
      {...props}
    />
  ),
  // Wrapped rather than scrolled: a scrolling block would need to be focusable to be read by
  // keyboard, and code in an answer is short.
  pre: ({ node: _node, ...props }) => (
    <pre
      className="my-2 rounded-md bg-slate-100 p-3 text-sm break-words whitespace-pre-wrap [&_code]:bg-transparent [&_code]:p-0"
      {...props}
    />
  ),
  table: ({ node: _node, ...props }) => (
    <table className="my-2 border-collapse text-sm" {...props} />
  ),
  th: ({ node: _node, ...props }) => (
    <th
      className="border border-slate-300 bg-slate-50 px-2 py-1 text-left"
      {...props}
    />
  ),
  td: ({ node: _node, ...props }) => (
    <td className="border border-slate-300 px-2 py-1" {...props} />
  ),
  hr: () => <hr className="my-4 border-slate-200" />,
};

export function MarkdownView({
  source,
  className = "",
}: {
  source: string;
  className?: string;
}) {
  return (
    <div className={`leading-relaxed break-words text-slate-800 ${className}`}>
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {source}
      </Markdown>
    </div>
  );
}
