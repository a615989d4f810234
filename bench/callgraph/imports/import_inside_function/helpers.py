def late():
    pass
