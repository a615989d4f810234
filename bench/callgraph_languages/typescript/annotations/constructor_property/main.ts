class Store {
  save(): void {}
}

class Service {
  constructor(private store: Store) {}

  run(): void {
    this.store.save();
  }
}

new Service(new Store()).run();
