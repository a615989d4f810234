function done() {}

function report() {}

class Task {
  constructor(onDone) {
    this.onDone = onDone;
  }
  finish() {
    this.onDone();
  }
}

function later(report) {
  setTimeout(() => report(), 0);
}

const t = new Task(done);
t.finish();
later(done);
