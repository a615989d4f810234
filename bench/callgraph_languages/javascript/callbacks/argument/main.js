function save() {}
function load() {}

function apply(cb) {
  return cb();
}

function main() {
  apply(save);
  apply(load);
}
