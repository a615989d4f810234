function save() {}
function load() {}

function inner(opts) {
  opts.save();
}

function outer(options) {
  inner(options);
  options.load();
}

outer({ save, load: load });
