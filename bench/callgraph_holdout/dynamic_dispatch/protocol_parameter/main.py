from typing import Protocol


class Renderer(Protocol):
    def render(self) -> str: ...


class Html:
    def render(self) -> str:
        return "<p>"


class Text:
    def render(self) -> str:
        return "p"


def show(renderer: Renderer) -> str:
    return renderer.render()


show(Html())
show(Text())
