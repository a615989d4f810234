export interface User {
  id: number;
  name: string;
}

export interface UserRepo {
  find(id: number): User | undefined;
  save(user: User): void;
}

export class MemoryRepo implements UserRepo {
  private users = new Map<number, User>([[1, { id: 1, name: "ann" }]]);

  find(id: number): User | undefined {
    return this.users.get(id);
  }

  save(user: User): void {
    this.users.set(user.id, user);
  }
}

export class HttpRepo implements UserRepo {
  constructor(private readonly baseUrl: string) {}

  find(id: number): User | undefined {
    return { id, name: this.baseUrl };
  }

  save(user: User): void {}
}
