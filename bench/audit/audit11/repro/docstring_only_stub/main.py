"""rsa #13/#29: base-class 'implement in a subclass' stubs whose body is only a docstring."""


class AbstractKey:
    def _save_pem(self):
        """Saves the key in PEM format, implement in a subclass."""

    def save(self):
        method = self._save_pem
        return method()


class PublicKey(AbstractKey):
    def _save_pem(self):
        return b"pub"


class PrivateKey(AbstractKey):
    def _save_pem(self):
        return b"priv"


PublicKey().save()
PrivateKey().save()
