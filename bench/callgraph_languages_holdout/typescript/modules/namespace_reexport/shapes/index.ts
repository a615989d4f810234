export * from "./circle";
export { Rect as Box } from "./rect";
