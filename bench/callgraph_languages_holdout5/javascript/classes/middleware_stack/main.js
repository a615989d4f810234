class App {
  constructor() {
    this.stack = [];
  }

  use(fn) {
    this.stack.push(fn);
    return this;
  }

  handle(req, res) {
    let i = 0;
    const next = () => {
      const fn = this.stack[i++];
      if (fn) fn(req, res, next);
    };
    next();
  }
}

function record(url) {}

function deny(res) {
  res.status = 401;
}

function logger(req, res, next) {
  record(req.url);
  next();
}

function auth(req, res, next) {
  if (req.user) next();
  else deny(res);
}

const app = new App();
app.use(logger).use(auth);
app.handle({ url: "/" }, {});
