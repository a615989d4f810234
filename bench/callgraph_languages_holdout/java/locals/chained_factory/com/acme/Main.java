package com.acme;

interface Store { void save(); }

class Disk implements Store { public void save() {} }

class Memory implements Store { public void save() {} }

class Stores {
    static Store disk() { return new Disk(); }
    static Memory memory() { return new Memory(); }
}

public class Main {
    void run() {
        var a = Stores.disk();
        a.save();
        var b = Stores.memory();
        b.save();
    }
}
