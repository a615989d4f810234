class Flag:
    def __bool__(self):
        return True


def check():
    if Flag():
        return 1
    return 0


check()
