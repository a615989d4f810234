package com.acme;

import com.acme.repo.JdbcRepo;
import com.acme.repo.MemoryRepo;
import com.acme.service.UserService;

public class Main {
    public static void main(String[] args) {
        new UserService(new MemoryRepo()).rename(1, "ann");
        UserService s = new UserService(new JdbcRepo());
        s.rename(2, "bob");
    }
}
