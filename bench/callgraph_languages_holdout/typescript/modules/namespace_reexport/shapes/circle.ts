export class Circle {
  constructor(private r: number) {}
  area(): number {
    return square(this.r) * 3;
  }
}

function square(x: number): number {
  return x * x;
}
