class Emitter {
  constructor() {
    this.handlers = [];
  }
  on(handler) {
    this.handlers.push(handler);
  }
  emit() {
    this.handlers.forEach((h) => h());
  }
}

function onReady() {}

const e = new Emitter();
e.on(onReady);
e.emit();
