class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary

    def annual(self):
        return self.salary * 12

    def initials(self):
        return "".join(p[0] for p in self.name.split())


def by_dept(e):
    return e.dept


def report(staff):
    ordered = sorted(staff, key=lambda e: (by_dept(e), -e.annual()))
    names = list(map(lambda e: e.initials(), ordered))
    pick = lambda: max(staff, key=Employee.annual)
    return names, pick()


report([Employee("Ann Lee", "eng", 10), Employee("Bo Chen", "ops", 9)])
