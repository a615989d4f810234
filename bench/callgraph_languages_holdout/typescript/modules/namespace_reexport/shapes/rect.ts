export class Rect {
  constructor(private w: number, private h: number) {}
  area(): number {
    return this.w * this.h;
  }
}
