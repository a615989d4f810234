from handlers import base

COMMENT_PREFIXES = (";", "#")


def handle(text):
    lines = [line for line in text.splitlines() if not line.startswith(COMMENT_PREFIXES)]
    return {key.strip(): value.strip() for key, value in base.split_pairs("\n".join(lines), "=")}
