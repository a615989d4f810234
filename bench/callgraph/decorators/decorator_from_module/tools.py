def traced(func):
    def call():
        return func()

    return call
