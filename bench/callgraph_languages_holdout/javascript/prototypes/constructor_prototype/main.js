function save(n) {}

function Counter(start) {
  this.n = start;
}

Counter.prototype.inc = function () {
  this.n += 1;
  this.persist();
};

Counter.prototype.persist = function () {
  save(this.n);
};

const c = new Counter(1);
c.inc();
