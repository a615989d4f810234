def escape(value):
    return str(value).replace("<", "&lt;").replace(">", "&gt;")


def escape_all(values):
    return {key: escape(value) for key, value in values.items()}
