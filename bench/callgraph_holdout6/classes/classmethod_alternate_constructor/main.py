class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def parse(cls, text):
        year, month, day = (int(p) for p in text.split("-"))
        return cls(year, month, day)

    @classmethod
    def today(cls):
        return cls.parse("2024-01-31")

    def isoformat(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class DateTime(Date):
    def __init__(self, year, month, day, hour=0):
        super().__init__(year, month, day)
        self.hour = hour

    def isoformat(self):
        return super().isoformat() + f"T{self.hour:02d}"


class Parser:
    def parse(self, text):
        return text.split()

    def isoformat(self):
        return "never"


print(Date.today().isoformat())
print(DateTime.parse("2024-02-01").isoformat())
print(len(Parser.__dict__))
