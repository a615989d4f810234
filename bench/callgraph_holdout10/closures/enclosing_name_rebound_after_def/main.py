"""A handler factory: the closure looks `render` up when it runs, after the factory rebinds it."""


def render_html(ctx):
    return f"<p>{ctx['msg']}</p>"


def render_json(ctx):
    return '{"msg": "%s"}' % ctx["msg"]


def render_text(ctx):
    return ctx["msg"]


def negotiate(accept):
    return render_json if "json" in accept else render_text


def make_handler(accept, load):
    render = render_html  # the default the closure was written against

    def handle(request):
        ctx = load(request)
        return render(ctx)

    render = negotiate(accept)  # rebinds the cell before handle ever runs
    return handle


def load_greeting(request):
    return {"msg": "hello " + request}


api = make_handler("application/json", load_greeting)
cli = make_handler("text/plain", load_greeting)
print(api("ada"), cli("bob"))
