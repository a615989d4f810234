function start(): void {}

function stop(): void {}

function tick(): void {}

const commands: Record<string, () => void> = { start, stop };

function run(name: string): void {
  const cmd = commands[name];
  cmd();
}

function every(): () => void {
  return () => tick();
}

run("start");
const f = every();
f();
