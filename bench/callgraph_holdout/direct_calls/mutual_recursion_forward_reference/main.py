def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def main():
    return check(4) and helper()


def check(n):
    return is_even(n)


def helper():
    def inner():
        return is_odd(1)
    return inner()


main()
