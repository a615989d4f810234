interface Runner {
  run(): void;
}

class Fast implements Runner {
  run(): void {}
}

class Slow implements Runner {
  run(): void {}
}

function start(r: Runner): void {
  r.run();
}

start(new Fast());
start(new Slow());
