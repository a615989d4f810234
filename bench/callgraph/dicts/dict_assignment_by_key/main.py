def on_save():
    pass


def wire():
    hooks = {}
    hooks["save"] = on_save
    hooks["save"]()


wire()
