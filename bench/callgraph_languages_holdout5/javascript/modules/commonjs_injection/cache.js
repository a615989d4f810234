class CachedRepo {
  constructor(inner) {
    this.inner = inner;
    this.map = new Map();
  }

  find(id) {
    if (!this.map.has(id)) this.map.set(id, this.inner.find(id));
    return this.map.get(id);
  }

  save(user) {
    this.map.delete(user.id);
    this.inner.save(user);
  }
}

module.exports = { CachedRepo };
