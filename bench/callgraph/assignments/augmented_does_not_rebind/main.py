def job():
    return 1


def total():
    count = 0
    count += job()
    return count


total()
