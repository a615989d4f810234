from store import open_backend

for name in ("memory", "disk"):
    open_backend(name).put("k", "v")
