"""rsa #31/#37/#39/#46: one static helper picks a method out of either function's dict."""


class Key:
    @classmethod
    def load(cls, data, fmt="PEM"):
        methods = {"PEM": cls._load_pem, "DER": cls._load_der}
        method = cls._pick(fmt, methods)
        return method(data)

    def save(self, fmt="PEM"):
        methods = {"PEM": self._save_pem, "DER": self._save_der}
        method = self._pick(fmt, methods)
        return method()

    @staticmethod
    def _pick(fmt, methods):
        return methods[fmt]

    @classmethod
    def _load_pem(cls, data):
        return cls()

    @classmethod
    def _load_der(cls, data):
        return cls()

    def _save_pem(self):
        return b""

    def _save_der(self):
        return b""


Key.load(b"").save()
