class UserService {
  constructor(repo) {
    this.repo = repo;
  }

  rename(id, name) {
    const user = this.repo.find(id);
    user.name = name;
    this.repo.save(user);
    return user;
  }
}

module.exports = UserService;
