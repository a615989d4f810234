class Router:
    def __init__(self):
        self.routes = {}

    def route(self, path):
        def register(view):
            self.routes[path] = view
            return view

        return register

    def dispatch(self, path):
        view = self.routes.get(path)
        return view() if view else None


app = Router()


@app.route("/")
def index():
    return "index"


@app.route("/about")
def about():
    return "about"


app.dispatch("/")
app.dispatch("/about")
