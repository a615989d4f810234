function first() {}
function second() {}
function h() {}

class Queue {
  constructor() {
    this.jobs = [];
  }
  add(job) {
    this.jobs.push(job);
  }
  drain() {
    this.jobs.forEach((h) => h());
  }
}

function both() {
  for (const f of [first, second]) {
    f();
  }
}

const q = new Queue();
q.add(first);
q.drain();
both();
