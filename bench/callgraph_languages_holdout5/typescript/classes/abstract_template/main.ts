type Req = { path: string };

function log(line: string): void {}

abstract class Handler {
  handle(req: Req): string {
    const body = this.process(req);
    this.after(body);
    return body;
  }

  protected after(body: string): void {
    log(body);
  }

  protected abstract process(req: Req): string;
}

class JsonHandler extends Handler {
  protected process(req: Req): string {
    return JSON.stringify(req);
  }

  protected after(body: string): void {
    super.after(`json ${body}`);
  }
}

class TextHandler extends Handler {
  protected process(req: Req): string {
    return req.path;
  }
}

const handlers: Handler[] = [new JsonHandler(), new TextHandler()];
for (const h of handlers) {
  h.handle({ path: "/" });
}
