def query(name):
    log("query " + name)
    return [name]


def log(message):
    return message
