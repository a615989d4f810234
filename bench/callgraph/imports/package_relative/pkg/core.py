def engine():
    pass
