class Reader:
    def read(self):
        return b"data"


class Writer:
    def write(self, data):
        return len(data)


def open_connection():
    return Reader(), Writer()


reader, writer = open_connection()
writer.write(reader.read())
