function defaultLog(m) {}

function report(msg, log = defaultLog) {
  log(msg);
}

function run({ onDone }) {
  onDone();
}

function finished() {}

report("x");
run({ onDone: finished });
