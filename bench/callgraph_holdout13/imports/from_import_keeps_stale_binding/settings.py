def slow_serialize(data):
    return ",".join(f"{k}={data[k]}" for k in sorted(data))


def fast_serialize(data):
    return repr(sorted(data.items()))


serialize = slow_serialize


def use_fast():
    global serialize
    serialize = fast_serialize


def save(data):
    return "saved " + serialize(data)
