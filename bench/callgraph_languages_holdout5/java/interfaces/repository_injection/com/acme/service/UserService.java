package com.acme.service;

import com.acme.repo.UserRepo;

public class UserService {
    private final UserRepo repo;

    public UserService(UserRepo repo) { this.repo = repo; }

    public String rename(int id, String name) {
        String old = repo.find(id);
        repo.save(name);
        return old;
    }
}
