def fetch():
    return [1]


def consume():
    if (items := fetch()):
        return items
    return []


consume()
