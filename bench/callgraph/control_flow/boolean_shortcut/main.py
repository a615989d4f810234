def check():
    return True


def confirm():
    return True


def ok():
    return check() and confirm()


ok()
