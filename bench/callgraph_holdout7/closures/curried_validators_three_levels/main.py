def length(minimum, maximum):
    def field(name):
        def check(value):
            size = measure(value)
            if not minimum <= size <= maximum:
                return report(name, f"length {size} not in [{minimum}, {maximum}]")
            return None
        return check
    return field


def pattern(chars):
    def field(name):
        def check(value):
            bad = sorted(set(value) - set(chars))
            return report(name, f"bad chars {bad}") if bad else None
        return check
    return field


def measure(value):
    return len(value.strip())


def report(name, message):
    return f"{name}: {message}"


SCHEMA = {
    "username": [length(3, 12)("username"), pattern("abcdefghijklmnopqrstuvwxyz_")("username")],
    "pin": [length(4, 4)("pin")],
}


def validate(form):
    return [err for key, checks in SCHEMA.items() for check in checks if (err := check(form[key]))]


print(validate({"username": "Al!", "pin": "12345"}))
