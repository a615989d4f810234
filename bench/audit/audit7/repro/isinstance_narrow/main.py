import datetime


class Arrow:
    def astimezone(self, tz):
        return self

    def humanize(self, other: "Arrow | datetime.datetime"):
        if isinstance(other, Arrow):
            return 0
        elif isinstance(other, datetime.datetime):
            # other is a datetime here; Arrow is no datetime subclass
            return other.astimezone(None)
