export { default as greet } from "./greet.js";
export { bye as farewell } from "./bye.js";
