class Logger {
  static write() {}
}

function each(fn) {
  fn();
}

each(Logger.write);
