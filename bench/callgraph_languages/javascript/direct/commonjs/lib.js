function load() {}
module.exports = { load };
