class Resource:
    opened = []

    def __init__(self, name):
        self.name = name
        Resource.opened.append(name)

    def read(self):
        if self.name.endswith(".bad"):
            raise IOError(f"cannot read {self.name}")
        return f"data:{self.name}"

    def close(self):
        Resource.opened.remove(self.name)


class LoadError(Exception):
    def __init__(self, path, cause):
        super().__init__(f"{path}: {cause}")
        self.path = path


def log_progress(done, total):
    print(f"{done}/{total} loaded")


def read_resource(path):
    res = Resource(path)
    try:
        return res.read()
    finally:
        res.close()


def load_all(paths):
    loaded = []
    try:
        for path in paths:
            try:
                loaded.append(read_resource(path))
            except IOError as exc:
                raise LoadError(path, exc) from exc
    finally:
        log_progress(len(loaded), len(paths))
    return loaded


def main():
    print(load_all(["a.cfg", "b.cfg"]))
    try:
        load_all(["c.cfg", "d.bad", "e.cfg"])
    except LoadError as err:
        print("failed:", err.path, err.__cause__, Resource.opened)


main()
