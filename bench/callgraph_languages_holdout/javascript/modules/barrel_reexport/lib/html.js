export function render(parts) {
  return parts.map(escape).join("");
}

export function escape(s) {
  return s.replace(/</g, "&lt;");
}
