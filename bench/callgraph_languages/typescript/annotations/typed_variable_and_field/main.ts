class Engine {
  start(): void {}
}

class Car {
  private engine: Engine;

  constructor(engine: Engine) {
    this.engine = engine;
  }

  drive(): void {
    this.engine.start();
  }
}

function main(): void {
  const e: Engine = new Engine();
  e.start();
  new Car(e).drive();
}
