def target():
    pass


first = second = target
first()
second()
