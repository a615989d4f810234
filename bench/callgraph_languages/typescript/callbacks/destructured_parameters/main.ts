interface Hooks {
  onDone: () => void;
  onError?: () => void;
}

function finish(): void {}
function fallback(): void {}
function log(): void {}
function write(): void {}

function run({ onDone, onError = fallback }: Hooks): void {
  onDone();
  onError();
}

function nested({ a: { log } }: { a: { log: () => void } }, [first]: Array<() => void>): void {
  log();
  first();
}

function main(writers: { write: () => void }[]): void {
  run({ onDone: finish, onError: log });
  writers.forEach(({ write }) => write());
  nested({ a: { log: console.log } }, [console.error]);
}
