def add_level(logger, method, event):
    event["level"] = method
    return event


def add_timestamp(logger, method, event):
    event["ts"] = 1700000000
    return event


def render_kv(logger, method, event):
    return " ".join(f"{k}={event[k]}" for k in sorted(event))


class BoundLogger:
    def __init__(self, processors, sink, **context):
        self._processors = processors
        self._sink = sink
        self._context = context

    def bind(self, **new):
        return BoundLogger(self._processors, self._sink, **{**self._context, **new})

    def unbind(self, *keys):
        context = {k: v for k, v in self._context.items() if k not in keys}
        return BoundLogger(self._processors, self._sink, **context)

    def _log(self, method, event, **kw):
        value = {"event": event, **self._context, **kw}
        for processor in self._processors:
            value = processor(self, method, value)
        self._sink.append(value)

    def info(self, event, **kw):
        self._log("info", event, **kw)

    def error(self, event, **kw):
        self._log("error", event, exc_info=True, **kw)


def get_logger(sink, **initial):
    return BoundLogger([add_level, add_timestamp, render_kv], sink, **initial)


def handle_request(log, path, user):
    log = log.bind(path=path, user=user)
    log.info("request.start")
    if path.startswith("/admin"):
        log.error("request.denied", status=403)
    log.unbind("user").info("request.end", status=200)


if __name__ == "__main__":
    lines = []
    handle_request(get_logger(lines, service="api"), "/admin/users", "ada")
    print("\n".join(lines))
