interface Store {
  get(k: string): string;
}

class MemStore implements Store {
  get(k: string): string {
    return k;
  }
}

class Cache<S extends Store> {
  constructor(private readonly store: S) {}

  read(k: string): string {
    return this.store.get(k);
  }
}

const c = new Cache(new MemStore());
c.read("a");
