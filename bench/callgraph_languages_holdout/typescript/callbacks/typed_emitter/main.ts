type Listener = (msg: string) => void;

class Bus {
  private listeners: Record<string, Listener[]> = {};

  on(event: string, fn: Listener): void {
    (this.listeners[event] ??= []).push(fn);
  }

  emit(event: string, msg: string): void {
    for (const fn of this.listeners[event] ?? []) fn(msg);
  }
}

function audit(msg: string): void {}

class Mailer {
  send(msg: string): void {}
}

interface Options {
  onError?: (e: Error) => void;
}

function report(e: Error): void {}

function connect(opts: Options): void {
  opts.onError?.(new Error("down"));
}

const bus = new Bus();
const mailer = new Mailer();
bus.on("saved", audit);
bus.on("saved", mailer.send.bind(mailer));
bus.emit("saved", "x");
connect({ onError: report });
