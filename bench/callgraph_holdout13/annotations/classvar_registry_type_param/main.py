from __future__ import annotations

from typing import ClassVar


class Handler:
    registry: ClassVar[dict[str, type[Handler]]] = {}
    kind: ClassVar[str] = "base"

    def __init__(self, config: dict[str, str]) -> None:
        self.config = config
        self.setup()

    @classmethod
    def register(cls, handler_cls: type[Handler]) -> type[Handler]:
        cls.registry[handler_cls.kind] = handler_cls
        return handler_cls

    def setup(self) -> None:
        self.ready = True

    def handle(self, payload: str) -> str:
        raise NotImplementedError


@Handler.register
class Upper(Handler):
    kind = "upper"

    def handle(self, payload: str) -> str:
        return payload.upper()


@Handler.register
class Reverse(Handler):
    kind = "reverse"

    def setup(self) -> None:
        super().setup()
        self.count = 0

    def handle(self, payload: str) -> str:
        self.count += 1
        return payload[::-1]


def build(kind: str, config: dict[str, str]) -> Handler:
    handler_cls: type[Handler] = Handler.registry[kind]
    return handler_cls(config)


def run(kinds: list[str], payload: str) -> list[str]:
    return [build(kind, {}).handle(payload) for kind in kinds]


print(run(["upper", "reverse"], "abc"))
