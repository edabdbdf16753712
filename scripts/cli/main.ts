// Dispatches `leadbench <command>` to the command's module; each exports `run(args)` and
// resolves to the process exit code. Modules load lazily so one command's imports never
// slow another down.
type Command = {
  summary: string;
  load: () => Promise<{ run: (args: string[]) => Promise<number> }>;
};

const commands: Record<string, Command> = {
  "content lint": {
    summary: "validate every rubric, question set and exercise",
    load: () => import("./content-lint.ts"),
  },
  "match-defects": {
    summary:
      "--exercise KEY FILE.json  match review comments to seeded defects",
    load: () => import("./match-defects.ts"),
  },
  "eval-matcher": {
    summary:
      "[--half tune|holdout]  the matcher's precision and recall on the labelled corpus",
    load: () => import("./eval-matcher.ts"),
  },
  calibrate: {
    summary:
      "FILE.csv [--format json|csv]  calibrated comparison of panel scores",
    load: () => import("./calibrate.ts"),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, command]) => `  leadbench ${name.padEnd(14)} ${command.summary}`,
  );
  return ["Usage:", ...lines].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const twoWords = argv.slice(0, 2).join(" ");
  const [name, rest] = commands[twoWords]
    ? [twoWords, argv.slice(2)]
    : [argv[0] ?? "", argv.slice(1)];
  const command = commands[name];
  if (!command) {
    const help = name === "" || name === "--help" || name === "-h";
    (help ? console.log : console.error)(
      help ? usage() : `Unknown command "${name}".\n${usage()}`,
    );
    return help ? 0 : 2;
  }
  const module = await command.load();
  return module.run(rest);
}
