export { parse as parseList } from "./text.js";
export * from "./html.js";
