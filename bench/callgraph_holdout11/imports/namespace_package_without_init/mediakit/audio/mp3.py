from mediakit.audio.common import duration, read_header


class Mp3:
    def __init__(self, data):
        self.header = read_header(data, 3)
        self.frames = len(data) - 3

    def seconds(self):
        return duration(self.frames, 4)
