package com.acme.repo;

import java.util.HashMap;
import java.util.Map;

public class MemoryRepo implements UserRepo {
    private final Map<Integer, String> users = new HashMap<>();

    public String find(int id) { return users.get(id); }

    public void save(String name) { users.put(users.size(), name); }
}
