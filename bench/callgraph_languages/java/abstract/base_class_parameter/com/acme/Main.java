package com.acme;

abstract class Animal {
    abstract String sound();
    String name() { return "animal"; }
}

class Dog extends Animal {
    String sound() { return "woof"; }
    String name() { return "dog"; }
}

public class Main {
    static String describe(Animal a) { return a.name() + a.sound(); }
    public static void main(String[] args) { describe(new Dog()); }
}
