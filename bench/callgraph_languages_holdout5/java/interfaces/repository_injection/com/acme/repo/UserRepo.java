package com.acme.repo;

public interface UserRepo {
    String find(int id);

    void save(String name);
}
