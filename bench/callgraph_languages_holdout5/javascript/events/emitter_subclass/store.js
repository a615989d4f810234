import { Emitter } from "./emitter.js";

export class Store extends Emitter {
  constructor() {
    super();
    this.data = {};
  }

  set(key, value) {
    this.data[key] = value;
    this.emit("change", key);
  }
}
