def check_token(request):
    return bool(request)


def render_json(request):
    return {"ok": request}


class Handler:
    def handle(self, request):
        self.authenticate(request)
        return self.respond(request)

    def authenticate(self, request):
        return check_token(request)

    def respond(self, request):
        return "base"


class JSONMixin:
    def respond(self, request):
        return render_json(request)


class PublicMixin:
    authenticate = None


class HealthHandler(PublicMixin, JSONMixin, Handler):
    def handle(self, request):
        if self.authenticate:  # None on this class
            self.authenticate(request)
        return self.respond(request)


Handler().handle("t")
HealthHandler().handle("t")
