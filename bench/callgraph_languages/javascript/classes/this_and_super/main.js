class Base {
  greet() {
    return this.name();
  }
  name() {
    return 'base';
  }
}

class Child extends Base {
  greet() {
    return super.greet();
  }
}

function main() {
  const c = new Child();
  c.greet();
}
