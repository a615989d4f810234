package com.acme;

abstract class Codec { abstract String encode(String s); }

class Upper extends Codec { String encode(String s) { return s.toUpperCase(); } }

class Service {
    protected Codec codec;
    Service(Codec codec) { this.codec = codec; }
}

class Api extends Service {
    Api() { super(new Upper()); }
    String call(String s) { return codec.encode(s); }
}
