"""A feature-gate decorator: when the flag is off at decoration time the function is
replaced by a stub that returns the fallback, so the decorated body never runs."""
import functools

FLAGS = {"new_checkout": False, "dark_mode": True}


def gated(flag, fallback):
    def decorate(fn):
        if FLAGS.get(flag):
            return fn

        @functools.wraps(fn)
        def disabled(*args, **kwargs):
            return fallback(*args, **kwargs)
        return disabled
    return decorate


def legacy_checkout(cart):
    return f"legacy total {sum(cart)}"


def light_theme(page):
    return f"{page} (light)"


@gated("new_checkout", legacy_checkout)
def checkout(cart):
    return f"new total {apply_discounts(cart)}"


def apply_discounts(cart):
    return sum(cart) * 0.9


@gated("dark_mode", light_theme)
def theme(page):
    return f"{page} (dark)"


print(checkout([10, 20]), theme("home"))
