package com.acme;

interface Visitor<R> {
    R visitNum(Num n);

    R visitAdd(Add a);
}

interface Expr {
    <R> R accept(Visitor<R> v);
}

class Num implements Expr {
    final int value;

    Num(int value) { this.value = value; }

    public <R> R accept(Visitor<R> v) { return v.visitNum(this); }
}

class Add implements Expr {
    final Expr left;
    final Expr right;

    Add(Expr left, Expr right) { this.left = left; this.right = right; }

    public <R> R accept(Visitor<R> v) { return v.visitAdd(this); }
}
