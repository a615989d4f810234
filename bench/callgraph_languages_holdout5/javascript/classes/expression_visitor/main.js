class Num {
  constructor(value) {
    this.value = value;
  }

  accept(v) {
    return v.visitNum(this);
  }
}

class Add {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }

  accept(v) {
    return v.visitAdd(this);
  }
}

class Evaluator {
  visitNum(n) {
    return n.value;
  }

  visitAdd(a) {
    return a.left.accept(this) + a.right.accept(this);
  }
}

// a cookie banner's accept: no node is ever a Banner
class Banner {
  accept() {
    return true;
  }
}

const tree = new Add(new Num(1), new Add(new Num(2), new Num(3)));
console.log(tree.accept(new Evaluator()));
new Banner().accept();
