"""An admin form listing a model's properties by reading them on the class, where no getter runs."""


def decrypt(token):
    return token[::-1]


def slugify(text):
    return text.lower().replace(" ", "-")


class Article:
    def __init__(self, title, token):
        self.title, self._token = title, token

    @property
    def slug(self):
        return slugify(self.title)

    @property
    def api_token(self):
        return decrypt(self._token)

    @property
    def word_count(self):
        return len(self.title.split())


class AdminForm:
    hidden = {"api_token"}

    def __init__(self, model):
        self.model = model
        self.fields = [
            name for name in sorted(vars(model))
            if isinstance(getattr(model, name), property) and name not in self.hidden
        ]

    def render(self, obj):
        return {name: getattr(obj, name) for name in self.fields}


form = AdminForm(Article)
print(form.fields, form.render(Article("Hello World", "terces")))
