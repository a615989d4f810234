type Listener = (msg: string) => void;

function log(msg: string): void {}

function audit(msg: string): void {}

function h(msg: string): void {}

class Bus {
  private listeners: Listener[] = [];

  subscribe(l: Listener): void {
    this.listeners.push(l);
  }

  publish(msg: string): void {
    this.listeners.forEach((h) => h(msg));
  }
}

const bus = new Bus();
bus.subscribe(log);
bus.subscribe(audit);
bus.publish("x");
