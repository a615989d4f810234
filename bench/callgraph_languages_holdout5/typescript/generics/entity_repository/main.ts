interface Entity {
  id: number;
  validate(): boolean;
}

class User implements Entity {
  constructor(public id: number, public name: string) {}

  validate(): boolean {
    return this.name.length > 0;
  }
}

class Order implements Entity {
  constructor(public id: number, public total: number) {}

  validate(): boolean {
    return this.total >= 0;
  }
}

class Repo<T extends Entity> {
  private items = new Map<number, T>();

  add(item: T): void {
    if (!item.validate()) throw new Error("invalid");
    this.items.set(item.id, item);
  }

  get(id: number): T | undefined {
    return this.items.get(id);
  }
}

const users = new Repo<User>();
users.add(new User(1, "ann"));
const orders = new Repo<Order>();
orders.add(new Order(2, 5));
users.get(1)?.validate();
