package com.acme;

class Eval implements Visitor<Integer> {
    public Integer visitNum(Num n) { return n.value; }

    public Integer visitAdd(Add a) { return a.left.accept(this) + a.right.accept(this); }
}

public class Main {
    public static void main(String[] args) {
        Add tree = new Add(new Num(1), new Add(new Num(2), new Num(3)));
        System.out.println(tree.accept(new Eval()));
    }
}
