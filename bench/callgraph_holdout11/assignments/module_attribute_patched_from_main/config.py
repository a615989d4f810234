def json_loader(text):
    return {"Format": "json", "Size": len(text)}


loader = json_loader


def load(text):
    data = loader(text)
    return normalize(data)


def normalize(data):
    return {key.lower(): value for key, value in data.items()}
