import importlib

ENTRY_POINTS = {
    "csv": "plugins.csv_export:export",
    "html": "plugins.html_export:HtmlExporter",
}


def load(name):
    module_name, _, attribute = ENTRY_POINTS[name].partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attribute)


def run(name, rows):
    plugin = load(name)
    return plugin(rows)


run("csv", [1])
run("html", [2])
