class Form:
    def __init__(self, data, request):
        self.data = data
        self.request = request
        self.errors = []

    def clean(self):
        if not self.data.get("title"):
            self.errors.append("title required")
        return self.data

    def is_valid(self):
        self.clean()
        return not self.errors


class OwnerMixin:
    def clean(self):
        data = super().clean()
        data["owner"] = self.get_user().name  # get_user comes from a sibling mixin
        return data


class RequestUserMixin:
    def get_user(self):
        return self.request.user

    def clean(self):
        data = super().clean()
        if self.get_user().is_banned():
            self.errors.append("banned")
        return data


class User:
    def __init__(self, name, banned=False):
        self.name = name
        self.banned = banned

    def is_banned(self):
        return self.banned


class Request:
    def __init__(self, user):
        self.user = user


class ArticleForm(OwnerMixin, RequestUserMixin, Form):
    def clean(self):
        data = super().clean()
        data["title"] = data.get("title", "").strip()
        return data


if __name__ == "__main__":
    for data, user in [({"title": " Hi "}, User("ada")), ({}, User("troll", banned=True))]:
        form = ArticleForm(data, Request(user))
        print(form.is_valid(), form.errors, form.data)
