function job() {}

function inner(fn) {
  fn();
}

function outer(fn) {
  inner(fn);
}

outer(job);
