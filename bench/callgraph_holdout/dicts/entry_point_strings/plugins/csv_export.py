def export(rows):
    return ",".join(map(str, rows))
