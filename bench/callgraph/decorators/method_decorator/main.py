def checked(method):
    def wrapper(self):
        return method(self)

    return wrapper


class Door:
    @checked
    def open(self):
        return True


Door().open()
