class MinLength:
    def __init__(self, n):
        self.n = n

    def __call__(self, value):
        return len(value) >= self.n


class NotBlank:
    def __call__(self, value):
        return bool(value.strip())


CHECKS = [MinLength(2), NotBlank()]


def validate(value):
    return all(check(value) for check in CHECKS)


validate("abc")
