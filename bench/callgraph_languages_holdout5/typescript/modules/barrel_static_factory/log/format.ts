export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function stamp(): string {
  const d = new Date();
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
