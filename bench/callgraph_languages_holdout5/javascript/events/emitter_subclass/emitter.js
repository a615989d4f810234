export class Emitter {
  constructor() {
    this.handlers = {};
  }

  on(name, fn) {
    (this.handlers[name] ||= []).push(fn);
    return this;
  }

  emit(name, ...args) {
    for (const fn of this.handlers[name] || []) fn(...args);
  }
}
