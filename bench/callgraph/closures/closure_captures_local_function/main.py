def outer():
    def helper():
        return 1

    def user():
        return helper()

    return user


outer()()
