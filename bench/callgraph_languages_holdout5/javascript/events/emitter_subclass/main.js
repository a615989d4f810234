import { EventEmitter } from "node:events";
import { Store } from "./store.js";

function persist(key) {}

function render(key) {}

const store = new Store();
store.on("change", persist);
store.on("change", (key) => render(key));

const bus = new EventEmitter();
bus.emit("ready");

store.set("a", 1);
