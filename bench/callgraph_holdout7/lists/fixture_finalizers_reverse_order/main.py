class Request:
    def __init__(self):
        self._finalizers = []
        self.log = []

    def addfinalizer(self, fn):
        self._finalizers.append(fn)

    def extend(self, fns):
        for fn in fns:
            self.addfinalizer(fn)

    def finish(self):
        while self._finalizers:
            self._finalizers.pop()()


class TempDir:
    def __init__(self, request):
        self.request = request
        request.log.append("mkdir")
        request.addfinalizer(self.cleanup)

    def cleanup(self):
        self.request.log.append("rmdir")


def close_db(request):
    request.log.append("close db")


def flush_logs(request):
    request.log.append("flush")


def run_test():
    request = Request()
    TempDir(request)
    closers = [lambda: close_db(request)]
    closers.extend([lambda: flush_logs(request)])
    request._finalizers.extend(closers)
    request.finish()
    return request.log


print(run_test())
