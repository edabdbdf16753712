// A candidate's submitted Markdown as staff read it (answers, review comments, summary). Raw HTML is shown as text (no
// rehype-raw), unsafe link protocols are dropped by react-markdown's default urlTransform,
// and images are not fetched, so a submission cannot run script or track who reads it.
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// No typography plugin in this stack: the few rules Markdown needs, scoped to this block.
const prose = [
  "text-sm leading-6 text-slate-900",
  "[&_p]:my-2 [&_p:first-child]:mt-0 [&_p:last-child]:mb-0",
  "[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-5",
  "[&_li]:my-0.5 [&_strong]:font-semibold [&_a]:text-brand-700 [&_a]:underline",
  "[&_blockquote]:my-2 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-700",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.85em]",
  "[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2 [&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_h1]:mt-3 [&_h1]:font-semibold [&_h2]:mt-3 [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:font-semibold",
  "[&_table]:my-2 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2",
].join(" ");

const components: Components = {
  a: ({ node: _node, children, ...props }) => (
    <a {...props} rel="nofollow noopener noreferrer ugc" target="_blank">
      {children}
    </a>
  ),
  img: ({ alt }) => (
    <span className="text-slate-600">[image{alt ? `: ${alt}` : ""}]</span>
  ),
};

export function SubmittedMarkdown({
  children,
  className = "",
}: {
  children: string;
  className?: string;
}) {
  return (
    <div className={`${prose} ${className}`}>
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {children}
      </Markdown>
    </div>
  );
}
