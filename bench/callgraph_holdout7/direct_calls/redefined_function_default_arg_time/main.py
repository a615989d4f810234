def fmt(value):
    return f"<{value}>"


def banner(title, rule=fmt("=" * 3)):
    return f"{rule} {title} {rule}"


def fmt(value):
    return f"[{value}]"


def render(items):
    header = banner("items")
    return [header] + [fmt(item) for item in items]


class Report:
    title = fmt("report")

    def lines(self):
        return render(["a", "b"])


print(Report.title, Report().lines())
