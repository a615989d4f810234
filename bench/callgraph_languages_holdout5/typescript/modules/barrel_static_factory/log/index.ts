export { Logger } from "./logger";
export * as fmt from "./format";
