import { Logger, fmt } from "./log";

function banner(): void {
  console.info("starting");
}

const log = Logger.create("app");
banner();
log.info(fmt.stamp());
