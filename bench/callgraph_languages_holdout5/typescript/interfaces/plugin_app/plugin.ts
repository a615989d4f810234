export interface Plugin {
  name: string;
  setup(app: App): void;
}

export class App {
  private plugins: Plugin[] = [];

  use(p: Plugin): this {
    this.plugins.push(p);
    return this;
  }

  start(): void {
    for (const p of this.plugins) p.setup(this);
  }

  route(path: string): void {}
}
