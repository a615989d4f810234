interface Handler {
  handle(body: string): number;
}

class JsonHandler implements Handler {
  handle(body: string): number {
    return parseJson(body);
  }
}

class TextHandler implements Handler {
  handle(body: string): number {
    return body.length;
  }
}

function parseJson(body: string): number {
  return JSON.parse(body).length;
}

const handlers = new Map<string, Handler>();
handlers.set("json", new JsonHandler());
handlers.set("text", new TextHandler());

function route(kind: string, body: string): number {
  const h = handlers.get(kind);
  return h ? h.handle(body) : 0;
}

route("json", "[]");
