# bottle #10 #11 #48: a dict made in a function (here the request's own environ)
# stores the request under the literal key 'app.request'; reads of other literal
# keys still get the request, so its __len__/__getattr__ seem to run.
class Request:
    def __init__(self):
        self.environ = {}
        self.environ['app.request'] = self

    def __len__(self):
        return len(self.environ)

    def __getattr__(self, name):
        raise AttributeError(name)

    def content_length(self):
        return int(self.environ.get('CONTENT_LENGTH') or -1)

    def script_name(self):
        return self.environ.get('SCRIPT_NAME', '').strip('/')


def main():
    r = Request()
    return r.content_length(), r.script_name()
