class Top:
    def who(self):
        return "top"


class Left(Top):
    def who(self):
        return "left"


class Right(Top):
    def who(self):
        return "right"


class Bottom(Left, Right):
    pass


Bottom().who()
