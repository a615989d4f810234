export function bye() {
  return "bye";
}
