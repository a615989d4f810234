import os
import tempfile


class TempDir:
    def __init__(self, prefix):
        self.prefix = prefix
        self.path = None

    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix=self.prefix)
        return self.path

    def __exit__(self, exc_type, exc, tb):
        self.cleanup()
        return False

    def cleanup(self):
        for name in os.listdir(self.path):
            os.remove(os.path.join(self.path, name))
        os.rmdir(self.path)


class WorkingDir:
    def __init__(self, path_source):
        self.path_source = path_source
        self.saved = []

    def __enter__(self):
        self.saved.append(os.getcwd())
        os.chdir(self.path_source())
        return self

    def __exit__(self, *exc):
        os.chdir(self.saved.pop())


class Report:
    def __init__(self, name):
        self.name = name
        self.handle = None

    def __enter__(self):
        self.handle = open(self.name, "w")
        return self

    def write_line(self, text):
        self.handle.write(text + "\n")

    def __exit__(self, *exc):
        self.handle.close()


def build():
    tmp = TempDir("build-")
    with (
        tmp as path,
        WorkingDir(lambda: tmp.path),
        Report("out.txt") as report,
    ):
        report.write_line("built in " + os.path.basename(path)[:6])
    return os.path.exists(path)


print(build())
