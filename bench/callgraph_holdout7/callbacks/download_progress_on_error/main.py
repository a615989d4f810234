class ProgressBar:
    def __init__(self, total):
        self.total = total
        self.done = 0
        self.frames = []

    def advance(self, amount):
        self.done += amount
        self.frames.append(self.render())

    def render(self):
        filled = self.done * 10 // self.total
        return "#" * filled + "." * (10 - filled)


def log_error(url, error):
    print(f"failed {url}: {error}")


def checksum_ok(data):
    return len(data) % 2 == 0


def save(data):
    return len(data)


def download(url, chunks, on_progress=None, on_error=None, on_done=None, verify=checksum_ok):
    data = b""
    try:
        for chunk in chunks:
            data += chunk
            if on_progress:
                on_progress(len(chunk))
        if not verify(data):
            raise ValueError("bad checksum")
    except ValueError as error:
        if on_error:
            on_error(url, error)
        return None
    if on_done:
        on_done(data)
    return data


bar = ProgressBar(8)
download("http://x/file", [b"ab", b"cdef", b"gh"], on_progress=bar.advance, on_error=log_error, on_done=save)
print(bar.frames)
