class ComponentMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            mcls.registry[namespace.get("kind", name.lower())] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance.post_init()
        validate(instance)
        return instance

    def create(cls, kind, **options):
        return cls.registry[kind](**options)


def validate(component):
    missing = [k for k in component.required if k not in component.options]
    if missing:
        raise ValueError(f"{type(component).__name__} needs {missing}")


class Component(metaclass=ComponentMeta):
    required = ()

    def __init__(self, **options):
        self.options = options
        self.children = []

    def post_init(self):
        pass


class Button(Component):
    kind = "button"
    required = ("label",)

    def post_init(self):
        self.options.setdefault("style", "primary")


class Panel(Component):
    def post_init(self):
        self.children = [Component.create("button", label=t) for t in self.options.get("buttons", [])]


if __name__ == "__main__":
    panel = Component.create("panel", buttons=["OK", "Cancel"])
    print([b.options for b in panel.children])
    try:
        Button()
    except ValueError as exc:
        print(exc)
