def text_table(rows):
    return "\n".join(" | ".join(map(str, row)) for row in rows)


def html_table(rows):
    return "".join(f"<tr>{cells(row)}</tr>" for row in rows)


def cells(row):
    return "".join(f"<td>{c}</td>" for c in row)


def plain_title(text):
    return text


def bold_title(text):
    return f"<b>{text}</b>"


class ReportSettings:
    def __init__(self):
        self.table = text_table
        self.title = plain_title


class Report:
    def __init__(self, name, rows, settings):
        self.name = name
        self.rows = rows
        self.settings = settings

    def render(self):
        return self.settings.title(self.name) + "\n" + self.settings.table(self.rows)


def main():
    defaults = ReportSettings()
    web = defaults  # an alias, not a copy
    web.table = html_table
    web.title = bold_title
    summary = Report("Summary", [(1, 2), (3, 4)], defaults)
    detail = Report("Detail", [(5, 6)], web)
    print(summary.render())
    print(detail.render())


main()
