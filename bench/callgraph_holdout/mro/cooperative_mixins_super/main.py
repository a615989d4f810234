def log(message):
    return message


class Model:
    def save(self):
        return "saved"


class TimestampMixin:
    def save(self):
        self.touched = True
        return super().save()


class LoggingMixin:
    def save(self):
        log("saving")
        return super().save()


class User(LoggingMixin, TimestampMixin, Model):
    pass


User().save()
