def flatatt(attrs):
    return "".join(f' {k}="{escape(v)}"' for k, v in sorted(attrs.items()))


def escape(value):
    return str(value).replace('"', "&quot;")


class Widget:
    input_type = "text"

    def __init__(self, attrs=None, **options):
        self.attrs = dict(attrs or {})
        self.options = options

    def build_attrs(self, base, extra=None):
        return {**base, **(extra or {})}

    def render(self, name, value, attrs=None, **kwargs):
        final = self.build_attrs(self.attrs, attrs)
        final.update(type=self.input_type, name=name, value=value, **kwargs)
        return f"<input{flatatt(final)}>"


class EmailInput(Widget):
    input_type = "email"


class Field:
    def __init__(self, *, widget=Widget, required=True, **kwargs):
        self.label = kwargs.pop("label", None)
        self.widget = widget(**kwargs)
        self.required = required

    def as_html(self, name, value, **extra):
        attrs = {"required": "required"} if self.required else {}
        return self.widget.render(name, value, attrs, **extra)


def main():
    name = Field(attrs={"class": "wide"}, label="Name")
    email = Field(widget=EmailInput, required=False, attrs={"placeholder": 'a "b"'})
    print(name.as_html("name", "Ada"))
    print(email.as_html("email", "", autocomplete="off"))


main()
