const commands = new Map();

export function register(name, fn) {
  commands.set(name, fn);
}

export function run(name, ...args) {
  const fn = commands.get(name);
  return fn ? fn(...args) : missing(name);
}

function missing(name) {
  return `no command ${name}`;
}
