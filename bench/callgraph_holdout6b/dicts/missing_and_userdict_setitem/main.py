from collections import UserDict, defaultdict


class Env(dict):
    def __missing__(self, key):
        return lookup_default(key)


def lookup_default(key):
    return f"<{key}>"


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(normalize(key), value)


def normalize(key):
    return key.lower()


def new_bucket():
    return []


env = Env(HOME="/root")
print(env["HOME"], env["SHELL"], env.get("SHELL"))
headers = LowerDict({"Content-Type": "json"})
headers.update(Accept="*/*")
headers["X-Id"] = 7
print(dict(headers))
index = defaultdict(new_bucket)
index["a"].append(1)
index["a"].append(2)
print(dict(index))
