const lib = require('./lib');

function main() {
  lib.load();
}
