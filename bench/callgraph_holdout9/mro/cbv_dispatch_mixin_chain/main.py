"""Django-like class-based views: as_view() returns a closure that instantiates the
view and calls dispatch(), which runs through a chain of mixins via super()."""


class Request:
    def __init__(self, method, user=None):
        self.method = method
        self.user = user


class View:
    @classmethod
    def as_view(cls, **initkwargs):
        def view(request):
            self = cls(**initkwargs)
            return self.dispatch(request)
        return view

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def dispatch(self, request):
        handler = getattr(self, request.method.lower(), self.not_allowed)
        return handler(request)

    def not_allowed(self, request):
        return "405"


class LoginRequiredMixin:
    def dispatch(self, request):
        if request.user is None:
            return redirect_to_login()
        return super().dispatch(request)


class TimingMixin:
    def dispatch(self, request):
        response = super().dispatch(request)
        return f"{response} (timed)"


def redirect_to_login():
    return "302 /login"


class ProfileView(TimingMixin, LoginRequiredMixin, View):
    template = "profile.html"

    def get(self, request):
        return f"200 {self.template} for {request.user}"


view = ProfileView.as_view(template="me.html")
print(view(Request("GET", "ann")))
print(view(Request("GET")))
print(view(Request("DELETE", "ann")))
