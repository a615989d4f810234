class Reader:
    def read(self):
        return "data"

    def close(self):
        return None


class Writer:
    def write(self, data):
        return len(data)

    def close(self):
        return None


def open_pipe():
    return Reader(), Writer()


def copy():
    source, sink = open_pipe()
    sink.write(source.read())
    source.close()
    return sink


copy()
