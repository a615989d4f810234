class UserRepo {
  find(id) {
    return { id, name: "ann" };
  }

  save(user) {
    this.validate(user);
  }

  validate(user) {
    if (!user.name) throw new Error("name");
  }
}

module.exports = { UserRepo };
