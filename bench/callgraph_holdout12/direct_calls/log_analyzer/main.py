LOG = """\
2024-05-01T10:00:01 GET /api/users 200 12
2024-05-01T10:00:02 POST /api/users 201 40
2024-05-01T10:00:03 GET /api/orders 500 300
bad line
2024-05-01T10:00:04 GET /api/users 200 18
"""


def parse_timestamp(text):
    date, _, time = text.partition("T")
    return date, time


def parse_line(line):
    parts = line.split()
    if len(parts) != 5:
        return None
    stamp, method, path, status, ms = parts
    return {"when": parse_timestamp(stamp), "method": method, "path": path,
            "status": int(status), "ms": int(ms)}


def read_records(text):
    records = []
    for line in text.splitlines():
        record = parse_line(line)
        if record is not None:
            records.append(record)
    return records


def percentile(values, pct):
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))
    return ordered[index]


def error_rate(records):
    errors = sum(1 for r in records if r["status"] >= 500)
    return errors / len(records)


def summarize(records):
    latencies = [r["ms"] for r in records]
    return {"count": len(records), "p50": percentile(latencies, 50),
            "p95": percentile(latencies, 95), "errors": error_rate(records)}


def format_report(summary):
    return "\n".join(f"{key:>6}: {value}" for key, value in summary.items())


def main():
    records = read_records(LOG)
    print(format_report(summarize(records)))


if __name__ == "__main__":
    main()
