// Monaco language ids by file name, so an exercise can mix code, tests and config files.
const byExtension: Record<string, string> = {
  ts: "typescript",
  tsx: "typescript",
  mts: "typescript",
  js: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  py: "python",
  go: "go",
  java: "java",
  kt: "kotlin",
  cs: "csharp",
  rb: "ruby",
  php: "php",
  rs: "rust",
  sql: "sql",
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  toml: "ini",
  ini: "ini",
  md: "markdown",
  html: "html",
  css: "css",
  sh: "shell",
  xml: "xml",
};

const byName: Record<string, string> = {
  Dockerfile: "dockerfile",
  Makefile: "plaintext",
};

export function monacoLanguage(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const extension = name.includes(".")
    ? name.slice(name.lastIndexOf(".") + 1)
    : "";
  return byName[name] ?? byExtension[extension.toLowerCase()] ?? "plaintext";
}
