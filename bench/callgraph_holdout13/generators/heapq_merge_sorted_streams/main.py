import heapq


def parse(line):
    stamp, _, message = line.partition(" ")
    return int(stamp), message


def read_log(lines, source):
    for line in lines:
        if line.strip():
            stamp, message = parse(line)
            yield stamp, source, message


def stamp_of(entry):
    return entry[0]


def tagged(entries, tag):
    for entry in entries:
        yield (*entry, tag)


def merge_logs(app_lines, db_lines):
    app = read_log(app_lines, "app")
    db = tagged(read_log(db_lines, "db"), "slow")
    return list(heapq.merge(app, db, key=stamp_of))


def render(entry):
    return " ".join(map(str, entry))


def main():
    app = ["100 start", "", "130 request /a", "190 done"]
    db = ["120 connect", "150 query users"]
    for entry in merge_logs(app, db):
        print(render(entry))


main()
