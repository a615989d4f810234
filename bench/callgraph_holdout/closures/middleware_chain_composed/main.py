def check_token(request):
    return "token" in request


def log(message):
    return message


def auth(next_handler):
    def handle(request):
        if not check_token(request):
            return "denied"
        return next_handler(request)
    return handle


def logging(next_handler):
    def handle(request):
        log(request)
        return next_handler(request)
    return handle


def endpoint(request):
    return "ok " + request


def compose(middlewares, handler):
    for middleware in reversed(middlewares):
        handler = middleware(handler)
    return handler


app = compose([logging, auth], endpoint)
app("token=1")
