"""A CLI that discovers plugin files in a folder and executes each one from its path
with importlib.util (no package import), then runs commands they registered."""
import importlib.util
import sys
from pathlib import Path

import registry


def load_plugin(path):
    name = f"plugins.{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def discover(folder):
    return [load_plugin(p) for p in sorted(Path(folder).glob("*.py"))]


def main():
    loaded = discover(Path(__file__).parent / "plugins")
    print([m.__name__ for m in loaded])
    print(registry.run("hello", "ann"))
    print(registry.run("count"), registry.run("count"))


main()
