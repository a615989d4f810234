def render_default(name, **context):
    return f"Hello {name}" + "".join(f", {k}={v}" for k, v in sorted(context.items()))


def render_reminder(name, *, due, **context):
    return f"{name}, your invoice is due {due}"


def send_email(address, body):
    return f"email to {address}: {body}"


def send_sms(address, body):
    return f"sms to {address}: {shorten(body)}"


def shorten(body, limit=20):
    return body if len(body) <= limit else body[: limit - 1] + "…"


def notify(user, *, via=send_email, template=render_default, **context):
    body = template(user["name"], **context)
    address = user["phone"] if via is send_sms else user["email"]
    return via(address, body)


def notify_all(users, **options):
    return [notify(user, **options) for user in users]


def main():
    ada = {"name": "Ada", "email": "ada@x", "phone": "+1"}
    bob = {"name": "Bob", "email": "bob@x", "phone": "+2"}
    print(notify(ada))
    print(notify(bob, via=send_sms, plan="pro"))
    print(notify_all([ada, bob], template=render_reminder, due="Friday"))


main()
