function save() {}
function load() {}

const ops = { save, read: load };

function main() {
  ops.save();
  ops.read();
}
