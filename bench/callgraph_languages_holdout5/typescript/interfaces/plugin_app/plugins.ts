import { App, Plugin } from "./plugin";

function track(app: App): void {}

export class RouterPlugin implements Plugin {
  name = "router";

  setup(app: App): void {
    app.route("/");
  }
}

export class MetricsPlugin implements Plugin {
  name = "metrics";

  constructor(private readonly rate: number) {}

  setup(app: App): void {
    if (this.rate > 0) track(app);
  }
}
