from handlers.base import summarize


def handle(text):
    return {"root": text}


def describe(text):
    return summarize(handle(text))
