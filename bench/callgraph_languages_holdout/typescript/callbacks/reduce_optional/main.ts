function inc(s: number): number {
  return s + 1;
}

function dbl(s: number): number {
  return s * 2;
}

const pipeline: Array<(s: number) => number> = [inc, dbl];

export function apply(start: number): number {
  return pipeline.reduce((acc, f) => f(acc), start);
}

function later(cb?: () => void): void {
  cb?.();
}

function ping(): void {}

later(ping);
apply(1);
