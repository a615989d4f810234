"""Cause B: an isinstance guard whose block rebinds the tested name (or tests a builtin
class) narrows nothing, so what the test refuses still reaches the call."""


class URL:  # starlette #57: URL(base_url) under `if isinstance(base_url, str):`
    def __init__(self, url=""):
        self._url = url

    def __str__(self):
        return self._url

    def __repr__(self):
        url = str(self)
        return f"URL({repr(url)})"  # false: -> URL.__repr__ (url is always a str)


def absolute(base):
    if isinstance(base, str):
        base = URL(base)
    return URL(str(base) + "/x")


class NoValue:  # pyasn1 #42: the noValue sentinel
    def __getattr__(self, attr):
        raise AttributeError(f"no {attr} on the schema sentinel")


noValue = NoValue()


class Node:
    def clone(self):
        return Node()


def set_component(value=noValue):
    if value is noValue:
        value = Node()
        if isinstance(value, Node):
            value = value.clone()  # false: -> NoValue.__getattr__ (value is a Node here)
    return value


def main():
    return (repr(absolute("http://h")), repr(absolute(URL("http://h"))),
            type(set_component()).__name__, type(set_component(Node())).__name__)
