def route(path):
    def mark(func):
        func.route_path = path
        return func
    return mark


def render(name):
    return "<%s>" % name


class View:
    def __init__(self):
        self.routes = {}
        for name, attr in vars(type(self)).items():
            if hasattr(attr, "route_path"):
                self.routes[attr.route_path] = getattr(self, name)

    def dispatch(self, path):
        return self.routes[path]()


class Site(View):
    @route("/")
    def home(self):
        return render("home")

    @route("/about")
    def about(self):
        return render("about")


site = Site()
site.dispatch("/")
site.dispatch("/about")
