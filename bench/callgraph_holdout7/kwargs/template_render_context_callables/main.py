import re


def url_for(endpoint, **params):
    query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    return f"/{endpoint}" + (f"?{query}" if query else "")


def format_price(amount, currency="EUR"):
    return f"{amount:.2f} {currency}"


class Template:
    pattern = re.compile(r"\{\{ (\w+)\((.*?)\) \}\}")

    def __init__(self, source):
        self.source = source

    def render(self, **context):
        def call(match):
            name, raw = match.group(1), match.group(2)
            kwargs = dict(part.split("=") for part in raw.split(", ") if part)
            return str(context[name](**kwargs))
        return self.pattern.sub(call, self.source)


class Environment:
    def __init__(self, **globals):
        self.globals = globals

    def from_string(self, source):
        return Template(source)

    def render(self, source, **context):
        return self.from_string(source).render(**{**self.globals, **context})


env = Environment(url_for=url_for)
html = env.render("<a href='{{ url_for(endpoint=cart, page=2) }}'>{{ price(amount=9.5) }}</a>",
                  price=lambda amount: format_price(float(amount)))
print(html)
