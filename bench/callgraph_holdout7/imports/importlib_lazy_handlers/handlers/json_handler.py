import json

from handlers.base import summarize


def handle(text):
    return json.loads(text)


def describe(text):
    return summarize(handle(text))
