class Emitter {
  constructor() {
    this.listeners = new Map();
  }

  on(name, fn) {
    if (!this.listeners.has(name)) this.listeners.set(name, []);
    this.listeners.get(name).push(fn);
  }

  emit(name, payload) {
    for (const fn of this.listeners.get(name) || []) fn(payload);
  }
}

class Store {
  constructor(bus) {
    bus.on("save", this.flush.bind(this));
  }

  flush(payload) {}
}

function audit(payload) {}

const bus = new Emitter();
new Store(bus);
bus.on("save", audit);
bus.emit("save", {});
