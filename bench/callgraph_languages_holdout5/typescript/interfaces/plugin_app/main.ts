import { App } from "./plugin";
import { MetricsPlugin, RouterPlugin } from "./plugins";

// a setup of its own: a Wizard is no Plugin and never reaches App.start
class Wizard {
  setup(): void {}
}

const app = new App().use(new RouterPlugin()).use(new MetricsPlugin(1));
app.start();
