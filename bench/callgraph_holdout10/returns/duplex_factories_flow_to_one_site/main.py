"""Stream factories return objects supporting both read() and write(); each result reaches one call."""


class FileStream:
    def __init__(self, path):
        self.path, self.buf = path, []

    def read(self):
        return load_file(self.path)

    def write(self, data):
        self.buf.append(data)
        return len(data)


class SocketStream:
    def __init__(self, host):
        self.host, self.sent = host, []

    def read(self):
        return recv_all(self.host)

    def write(self, data):
        self.sent.append(encode_frame(data))
        return len(data)


def load_file(path):
    return f"contents of {path}"


def recv_all(host):
    return f"bytes from {host}"


def encode_frame(data):
    return b"\x00" + data.encode()


def open_input(spec):
    return FileStream(spec)


def open_output(spec):
    return SocketStream(spec)


def pipe(src_spec, dst_spec):
    source = open_input(src_spec)
    sink = open_output(dst_spec)
    return sink.write(source.read())


print(pipe("in.txt", "collector:9000"))
