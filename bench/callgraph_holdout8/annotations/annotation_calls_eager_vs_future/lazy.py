from __future__ import annotations

from typing import Annotated

from eager import unit


def convert(value: Annotated[float, unit("ft")]) -> float:
    return value * 3.28


class Crate:
    depth: Annotated[float, unit("in")] = 2.0

    def volume(self) -> Annotated[float, unit("in3")]:
        return self.depth ** 3
