package com.acme.repo;

public class JdbcRepo implements UserRepo {
    public String find(int id) { return "row" + id; }

    public void save(String name) {}
}
