class Shape {
  area(): number {
    return 0;
  }
}

class Square extends Shape {
  area(): number {
    return 4;
  }
}

function total(s: Shape): number {
  return s.area();
}

total(new Square());
