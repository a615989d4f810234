"""A transport passed positionally lands in the `formatter` parameter."""


def plain_text(message):
    return message


def markdown(message):
    return f"**{message}**"


def smtp_send(body):
    return f"smtp:{body}"


def sms_send(body):
    return f"sms:{body[:20]}"


def webhook_send(body):
    return f"hook:{body}"


def render(message, formatter):
    return formatter(message.strip())


def deliver(body, transport):
    return transport(body)


def notify(message, formatter=plain_text, transport=smtp_send):
    return deliver(render(message, formatter), transport)


def notify_all(messages, *extra):
    return [notify(m, *extra) for m in messages]


def main():
    print(notify(" disk full "))
    print(notify("disk full on db-2", sms_send))
    print(notify("deploy done", transport=webhook_send, formatter=markdown))
    print(notify_all(["weekly report", "monthly report"], markdown))


main()
