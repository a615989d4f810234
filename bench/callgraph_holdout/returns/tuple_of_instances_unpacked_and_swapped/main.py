class Reader:
    def __init__(self, path):
        self.path = path

    def read(self):
        return "data:" + self.path


class Writer:
    def __init__(self, path):
        self.path = path

    def write(self, data):
        return len(data)


def open_pair(src, dst):
    return Reader(src), Writer(dst)


def copy(src, dst):
    reader, writer = open_pair(src, dst)
    return writer.write(reader.read())


class Pipe:
    def __init__(self):
        self.ends = open_pair("a", "b")

    def ends_swapped(self):
        r, w = self.ends
        return w, r


copy("a", "b")
w, r = Pipe().ends_swapped()
r.read()
