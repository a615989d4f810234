import importlib

from handlers import base as b

FORMATS = {"json": "handlers.json_handler", "ini": "handlers.ini_handler"}


def dispatch(fmt, text):
    module = importlib.import_module(FORMATS[fmt])
    parsed = module.handle(text)
    return b.summarize(parsed)


print(dispatch("json", '{"a": 1}'), dispatch("ini", "; local\na=1\nb=2"))
