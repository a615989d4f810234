from . import common


def probe(data):
    return {"kind": "wav", "header": common.read_header(data, 4), "seconds": common.duration(len(data), 8)}
