export function format(x) {
  return pad(x);
}

function pad(x) {
  return x;
}
