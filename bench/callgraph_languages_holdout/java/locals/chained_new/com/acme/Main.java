package com.acme;

class Ast {
    void validate() {}
}

class Parser {
    private final String text;

    Parser(String text) { this.text = text; }

    Ast parse() { return new Ast(); }

    static Parser of(String t) { return new Parser(t); }
}

public class Main {
    public static void main(String[] args) {
        new Parser("x").parse().validate();
        Parser.of("y").parse();
    }
}
