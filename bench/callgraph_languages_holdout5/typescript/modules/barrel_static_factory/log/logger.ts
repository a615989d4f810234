export class Logger {
  private constructor(private readonly name: string) {}

  static create(name: string): Logger {
    return new Logger(name);
  }

  info(msg: string): void {
    Logger.write(this.name, msg);
  }

  private static write(name: string, msg: string): void {}
}
