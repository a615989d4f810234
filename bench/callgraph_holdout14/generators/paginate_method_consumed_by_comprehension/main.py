import itertools


def is_active(row):
    return row.get("active", True)


def display(row):
    return f"#{row['id']} {row['name'].title()}"


class Repository:
    def __init__(self, rows, page_size=2):
        self.rows = rows
        self.page_size = page_size

    def fetch_page(self, number):
        start = number * self.page_size
        return self.rows[start:start + self.page_size]

    def iter_rows(self):
        for number in itertools.count():
            page = self.fetch_page(number)
            if not page:
                return
            yield from page

    def active(self):
        return (row for row in self.iter_rows() if is_active(row))


class Report:
    def __init__(self, repo):
        self.repo = repo

    def names(self):
        return [display(row) for row in self.repo.active()]

    def first(self, n):
        return list(itertools.islice(self.repo.iter_rows(), n))


repo = Repository([{"id": i, "name": n, "active": i != 2} for i, n in enumerate(["ada", "bob", "cy", "dee", "eve"])])
report = Report(repo)
print(report.names())
print(report.first(3))
