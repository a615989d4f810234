class ConsoleSink:
    def write(self, msg):
        return msg


class FileSink:
    def __init__(self, path):
        self.path = path

    def write(self, msg):
        return self.path + msg


class Logger:
    def __init__(self, sink):
        self.sink = sink

    def configure(self, path):
        self.sink = FileSink(path)

    def info(self, msg):
        return self.sink.write("INFO " + msg)


log = Logger(ConsoleSink())
log.info("a")
log.configure("/tmp/x")
log.info("b")
