import functools

LOG = []


def audited(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        LOG.append((type(self).__name__, method.__name__))
        return method(self, *args, **kwargs)
    return wrapper


class Store:
    def __init__(self):
        self.rows = {}

    def put(self, key, value):
        self.rows[key] = value


class Model:
    store = None

    def __init__(self, pk, **fields):
        self.pk = pk
        self.fields = fields

    def validate(self):
        return all(v is not None for v in self.fields.values())

    def save(self):
        if self.validate():
            self.store.put(self.pk, dict(self.fields))

    def delete(self):
        self.store.rows.pop(self.pk, None)


Model.store = Store()
Model.save = audited(Model.save)
Model.delete = audited(Model.delete)
original_validate = Model.validate


def main():
    user = Model(1, name="ada")
    user.save()
    user.delete()
    print(original_validate(user), LOG)


main()
