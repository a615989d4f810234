function done() {}

function run(options) {
  options.onDone();
}

run({ onDone: done });
