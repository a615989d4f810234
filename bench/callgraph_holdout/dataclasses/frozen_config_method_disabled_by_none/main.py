import dataclasses
from dataclasses import dataclass


def check_positive(n):
    if n <= 0:
        raise ValueError(n)
    return n


class BaseConfig:
    def validate(self):
        return check_positive(self.workers)

    def describe(self):
        return "config"


@dataclass(frozen=True)
class AppConfig(BaseConfig):
    name: str
    workers: int = 1
    describe = None  # disables the inherited method

    @classmethod
    def from_dict(cls, data):
        config = cls(**data)
        config.validate()
        return config

    def scaled(self, factor):
        return dataclasses.replace(self, workers=self.workers * factor)


cfg = AppConfig.from_dict({"name": "web", "workers": 2})
bigger = cfg.scaled(3)
bigger.validate()
if callable(bigger.describe):
    bigger.describe()
