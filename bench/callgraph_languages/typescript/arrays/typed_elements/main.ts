abstract class Task {
  abstract run(): void;
}

class Build extends Task {
  run(): void {}
}

class Test extends Task {
  run(): void {}
}

function runAll(tasks: readonly Task[]): void {
  for (const t of tasks) {
    t.run();
  }
}

runAll([new Build(), new Test()]);
