from dataclasses import dataclass
from typing import Callable


def load_yaml(path):
    return {"path": path}


@dataclass
class Config:
    name: str
    loader: Callable

    def read(self, path):
        return self.loader(path)


options = dict(name="demo", loader=load_yaml)
config = Config(**options)
config.read("a.yml")
