def overlaps(slot, booked):
    return any(start < slot[1] and slot[0] < end for start, end in booked)


def fits(slot, minutes):
    return slot[1] - slot[0] >= minutes


def book(calendar, day, slot, who):
    calendar.setdefault(day, []).append(slot)
    return f"{who} on {day} at {slot[0]}"


def waitlist(queue, who):
    queue.append(who)
    return f"{who} waitlisted"


def schedule(requests, calendar, days, slots):
    queue, log = [], []
    for who, hours in requests:
        found = False
        for day in days:
            for slot in slots:
                if overlaps(slot, calendar.get(day, [])):
                    continue
                if fits(slot, hours):
                    log.append(book(calendar, day, slot, who))
                    found = True
                    break
            if found:
                break
        if not found:
            log.append(waitlist(queue, who))
    return log, queue


def plural(n, word):
    return f"{n} {word}" + ("" if n == 1 else "s")


def report(log, queue):
    print("\n".join(log))
    print(plural(len(log) - len(queue), "booking"), plural(len(queue), "waiter"))


calendar = {"mon": [(9, 12)]}
log, queue = schedule([("ada", 2), ("alan", 3), ("grace", 4)], calendar, ["mon", "tue"], [(9, 12), (13, 16)])
report(log, queue)
