function write(line) {}

function warm() {}

function Plugin(name) {
  this.name = name;
}

Plugin.prototype.start = function () {
  this.log("start");
  this.run();
};

Plugin.prototype.log = function (msg) {
  write(this.name + ": " + msg);
};

Plugin.prototype.run = function () {};

function Cache() {
  Plugin.call(this, "cache");
}

Cache.prototype = Object.create(Plugin.prototype);
Cache.prototype.constructor = Cache;

Cache.prototype.run = function () {
  warm();
};

const plugins = [new Plugin("base"), new Cache()];
plugins.forEach((p) => p.start());
