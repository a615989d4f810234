abstract class Shape {
  abstract area(): number;
  describe(): string {
    return `${this.area()}`;
  }
}

class Circle extends Shape {
  area(): number {
    return 3;
  }
}

function report(shapes: Shape): string {
  return shapes.describe();
}

report(new Circle());
