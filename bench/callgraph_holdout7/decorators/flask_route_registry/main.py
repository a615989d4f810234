class App:
    def __init__(self, name):
        self.name = name
        self.url_map = {}
        self.before = []

    def route(self, rule, methods=("GET",)):
        def decorator(view):
            for method in methods:
                self.url_map[(method, rule)] = view
            return view
        return decorator

    def before_request(self, func):
        self.before.append(func)
        return func

    def dispatch(self, method, path):
        for hook in self.before:
            hook(path)
        view = self.url_map.get((method, path))
        return view() if view else self.not_found(path)

    def not_found(self, path):
        return f"404 {path}"


app = App(__name__)


@app.before_request
def open_session(path):
    return {"path": path}


@app.route("/")
def index():
    return "home"


@app.route("/items", methods=("GET", "POST"))
def items():
    return list_items()


def list_items():
    return "items"


print(app.dispatch("GET", "/"), app.dispatch("POST", "/items"), app.dispatch("GET", "/nope"))
