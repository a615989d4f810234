from ..base import root_helper


def run():
    root_helper()
