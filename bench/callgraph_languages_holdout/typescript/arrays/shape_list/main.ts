interface Shape {
  area(): number;
}

class Square implements Shape {
  area(): number {
    return 4;
  }
}

class Disc implements Shape {
  area(): number {
    return 3;
  }
}

function total(shapes: Shape[]): number {
  return shapes.map((s) => s.area()).reduce((a, b) => a + b, 0);
}

total([new Square(), new Disc()]);
