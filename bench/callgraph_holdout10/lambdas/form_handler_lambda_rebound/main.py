"""A UI form: the first on_submit lambda is replaced before any submit, so its call never happens."""


def notify(msg):
    return f"notify: {msg}"


def save_draft(form):
    return f"draft {form.values}"


def submit_form(form):
    return f"submitted {form.values}"


def log_event(name, form):
    return f"{name}:{len(form.values)} "


class Form:
    def __init__(self):
        self.values = {}
        self.on_change = lambda form: None
        self.on_submit = lambda form: None

    def set(self, key, value):
        self.values[key] = value
        return self.on_change(self)

    def submit(self):
        return self.on_submit(self)


def build_form(autosave):
    form = Form()
    form.on_submit = lambda f: notify(submit_form(f))
    if autosave:
        form.on_change = lambda f: save_draft(f)
    form.on_submit = lambda f: log_event("submit", f) + submit_form(f)
    return form


form = build_form(autosave=True)
form.set("title", "hello")
print(form.submit())
