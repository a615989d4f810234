def register(func):
    return func


@register
def task():
    pass


task()
