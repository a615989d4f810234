type Listener = (id: number) => void;

class Bus {
  private listeners = new Set<Listener>();

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.unsubscribe(fn);
  }

  unsubscribe(fn: Listener): void {
    this.listeners.delete(fn);
  }

  publish(id: number): void {
    for (const fn of this.listeners) fn(id);
  }
}

function audit(id: number): void {}

class TtlCache {
  private ids: number[] = [1, 7];

  constructor(bus: Bus) {
    bus.subscribe(this.evict.bind(this));
  }

  evict(id: number): void {
    this.ids = this.ids.filter((x) => x !== id);
  }

  // a delete of TtlCache's own; the Set's delete in unsubscribe is not it
  delete(id: number): void {}
}

const bus = new Bus();
const stopAudit = bus.subscribe(audit);
new TtlCache(bus);
bus.publish(7);
stopAudit();
