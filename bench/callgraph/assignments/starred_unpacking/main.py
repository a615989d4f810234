def head():
    pass


def body():
    pass


def tail():
    pass


first, *middle, last = head, body, tail
first()
last()
for step in middle:
    step()
