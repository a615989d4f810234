class Queue {
  static of(items) {
    const q = new Queue();
    q.fill(items);
    return q;
  }

  fill(items) {
    normalize(items);
  }

  drain() {
    flush();
  }
}

function normalize(xs) {}

function flush() {}

function main() {
  Queue.of([1]);
  new Queue().drain();
}

main();
