function compile(dir: string): void {}

function runBuild(args: string[]): void {
  compile(args[0] ?? "src");
}

function runTests(args: string[]): void {
  const compile = (s: string): string => s.trim();
  compile(args.join(" "));
}

function runLint(args: string[]): void {}

function usage(): void {}

const handlers: Record<string, (args: string[]) => void> = {
  build: runBuild,
  test: runTests,
  lint: runLint,
};

export function dispatch(argv: string[]): void {
  const [cmd, ...rest] = argv;
  const handler = handlers[cmd];
  if (!handler) {
    usage();
    return;
  }
  handler(rest);
}

dispatch(["build", "src"]);
dispatch(["test", "unit"]);
dispatch(["lint"]);
dispatch(["deploy"]);
