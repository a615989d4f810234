function trim(s) {
  return s.trim();
}

export function parse(s) {
  return trim(s).split(",");
}
