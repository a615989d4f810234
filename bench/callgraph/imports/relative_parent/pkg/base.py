def root_helper():
    pass
