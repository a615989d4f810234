"""An export command's writer table: a duplicate literal key and a pop() decide what can run."""
import json


def write_csv_v1(rows):
    return "\n".join(",".join(r) for r in rows)


def quote(cell):
    return '"' + cell.replace('"', '""') + '"'


def write_csv(rows):
    return "\n".join(",".join(quote(c) for c in r) for r in rows)


def write_json(rows):
    return json.dumps(rows)


def escape_xml(cell):
    return cell.replace("<", "&lt;")


def write_xml(rows):
    return "".join(f"<row>{escape_xml(c)}</row>" for r in rows for c in r)


WRITERS = {
    "csv": write_csv_v1,
    "json": write_json,
    "xml": write_xml,
    "csv": write_csv,  # noqa: F601 - the later key wins, the v1 writer is gone
}
EXPERIMENTAL = ("xml",)


def available_writers(allow_experimental=False):
    table = dict(WRITERS)
    if not allow_experimental:
        for name in EXPERIMENTAL:
            table.pop(name)
    return table


def export(rows, formats):
    writers = available_writers()
    return {fmt: writers[fmt](rows) for fmt in formats if fmt in writers}


print(export([["a", 'b"c']], ["csv", "json", "xml"]))
