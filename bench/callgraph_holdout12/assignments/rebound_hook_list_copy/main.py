HOOKS = []


def on_save(hook, hooks=HOOKS):
    hooks = hooks + [hook]  # rebinds the local name: HOOKS itself never grows
    return hook


def register(hook):
    HOOKS.append(hook)
    return hook


@register
def invalidate_cache(record):
    print("invalidate", record["id"])


@register
def index_search(record):
    print("index", tokenize(record["title"]))


@on_save
def audit_log(record):
    write_audit(record["id"])


def tokenize(text):
    return text.lower().split()


def write_audit(record_id):
    print("audit", record_id)


def save(record):
    record["saved"] = True
    for hook in HOOKS:
        hook(record)


def main():
    save({"id": 7, "title": "Call Graphs"})
    return len(HOOKS)


if __name__ == "__main__":
    print(main())
