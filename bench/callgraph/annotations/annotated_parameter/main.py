class Formatter:
    def write(self, text):
        return text


def render(out: Formatter):
    out.write("x")


render(Formatter())
