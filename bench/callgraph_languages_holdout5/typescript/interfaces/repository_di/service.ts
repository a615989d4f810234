import { UserRepo } from "./repo";

export class UserService {
  constructor(private readonly repo: UserRepo) {}

  rename(id: number, name: string): void {
    const user = this.repo.find(id);
    if (user) {
      this.repo.save({ ...user, name });
    }
  }
}
