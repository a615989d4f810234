def read_header(data, size):
    return data[:size]


def duration(frames, rate):
    return round(frames / rate, 2)
