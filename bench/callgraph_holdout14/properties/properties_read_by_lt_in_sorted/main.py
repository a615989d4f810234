import heapq


class Ticket:
    SEVERITY = {"low": 1, "high": 3, "outage": 5}

    def __init__(self, title, severity, age_hours, vip=False):
        self.title = title
        self.severity = severity
        self.age_hours = age_hours
        self.vip = vip

    @property
    def weight(self):
        return Ticket.SEVERITY[self.severity] * 10 + self.boost

    @property
    def boost(self):
        return (5 if self.vip else 0) + min(self.age_hours, 48) // 12

    def __lt__(self, other):
        return self.weight > other.weight

    def __repr__(self):
        return f"{self.title}({self.weight})"


def triage(tickets, top=2):
    return heapq.nsmallest(top, tickets)


tickets = [Ticket("login slow", "high", 30), Ticket("site down", "outage", 1), Ticket("typo", "low", 90, vip=True)]
print(sorted(tickets))
print(triage(tickets))
