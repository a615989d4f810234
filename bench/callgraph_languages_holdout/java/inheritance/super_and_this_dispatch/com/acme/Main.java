package com.acme;

abstract class Animal {
    String describe() { return name() + sound(); }

    String name() { return "animal"; }

    abstract String sound();
}

class Dog extends Animal {
    String sound() { return "woof"; }

    @Override
    String describe() { return super.describe() + tail(); }

    String tail() { return "~"; }
}

class Puppy extends Dog {
    @Override
    String sound() { return "yip"; }
}

public class Main {
    public static void main(String[] args) {
        Animal a = new Puppy();
        a.describe();
    }
}
