from helpers import format_row, load

import helpers as h


def format_row(row):
    return h.format_row(row).upper()


def report(path):
    return [format_row(row) for row in load(path)]


report("data")
