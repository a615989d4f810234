class Provider:
    def dumps(self, obj):
        raise NotImplementedError


class DefaultProvider(Provider):
    def dumps(self, obj):
        return str(obj)


class App:
    provider_class: "type[Provider]" = DefaultProvider

    def __init__(self):
        self.json: Provider = self.provider_class()


def use(app: App):
    return app.json.dumps(1)


use(App())
