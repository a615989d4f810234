class View:
    def dispatch(self, request):
        handler = getattr(self, request["method"].lower(), self.not_allowed)
        return handler(request)

    def not_allowed(self, request):
        return 405, "method not allowed"

    def render(self, data):
        return 200, str(data)


class LoginRequiredMixin:
    def dispatch(self, request):
        if not request.get("user"):
            return 302, "/login"
        return super().dispatch(request)


class JsonMixin:
    def render(self, data):
        return 200, encode(data)


def encode(data):
    return "{" + ", ".join(f'"{k}": {v!r}' for k, v in data.items()) + "}"


class ProfileView(LoginRequiredMixin, JsonMixin, View):
    def get(self, request):
        return self.render({"user": request["user"]})


class PlainView(View):
    def get(self, request):
        return self.render({"plain": True})


view = ProfileView()
print(view.dispatch({"method": "GET", "user": "ada"}))
print(view.dispatch({"method": "GET"}))
print(view.dispatch({"method": "POST", "user": "ada"}))
print(PlainView().dispatch({"method": "GET"}))
