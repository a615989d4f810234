def compute():
    return 2


twice = lambda: compute() * 2
twice()
