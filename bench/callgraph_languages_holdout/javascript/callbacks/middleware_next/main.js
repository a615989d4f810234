class App {
  constructor() {
    this.stack = [];
  }

  use(fn) {
    this.stack.push(fn);
    return this;
  }

  handle(req) {
    this.dispatch(req, 0);
  }

  dispatch(req, i) {
    const fn = this.stack[i];
    if (fn) fn(req, () => this.dispatch(req, i + 1));
  }
}

function record(req) {}

function logger(req, next) {
  record(req);
  next();
}

function auth(req, next) {
  next();
}

const app = new App();
app.use(logger).use(auth);
app.handle({});
