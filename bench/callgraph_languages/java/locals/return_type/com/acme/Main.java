package com.acme;

class Conn {
    static Conn open() { return new Conn(); }
    void close() {}
}

public class Main {
    static Conn connect() { return Conn.open(); }
    public static void main(String[] args) {
        var c = connect();
        c.close();
        Conn d = Conn.open();
        d.close();
    }
}
