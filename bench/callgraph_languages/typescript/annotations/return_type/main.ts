class Conn {
  close(): void {}
}

function open(): Conn {
  return new Conn();
}

function main(): void {
  const c = open();
  c.close();
}
