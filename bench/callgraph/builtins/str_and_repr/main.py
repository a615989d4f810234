class Point:
    def __str__(self):
        return "point"

    def __repr__(self):
        return "Point()"


def show():
    p = Point()
    return str(p) + repr(p)


show()
