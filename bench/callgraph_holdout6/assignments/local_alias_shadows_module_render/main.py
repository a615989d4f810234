def render(template, context):
    return template.format(**context)


def send(message):
    return f"sent<{message}>"


class Markdown:
    def render(self, text):
        return f"<p>{text}</p>"


class Transport:
    def send(self, payload):
        return f"transport<{payload}>"


class Mailer:
    def __init__(self, renderer, transport):
        self.renderer = renderer
        self.transport = transport

    def deliver(self, text):
        render = self.renderer.render
        send = self.transport.send
        return send(render(text))

    def deliver_plain(self, text):
        return send(render("{t}", {"t": text}))


mailer = Mailer(Markdown(), Transport())
print(mailer.deliver("hi"))
print(mailer.deliver_plain("hi"))
