abstract class Task {
  abstract run(): void;
  label(): string {
    return "task";
  }
}

class Email extends Task {
  run(): void {}
}

class Sms extends Task {
  run(): void {}
  label(): string {
    return "sms";
  }
}

function runAll<T extends Task>(tasks: T[]): string[] {
  tasks.forEach((t) => t.run());
  return tasks.map((t) => t.label());
}

runAll([new Email(), new Sms()]);
