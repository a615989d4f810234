"""SQLAlchemy-like hybrid methods: one descriptor whose __get__ binds the function to
the instance when accessed on an instance and to the class when accessed on the class
(via types.MethodType), plus a class-level query helper."""
import types


class hybridmethod:
    def __init__(self, func):
        self.func = func
        self.class_func = None

    def classlevel(self, func):
        self.class_func = func
        return self

    def __get__(self, instance, owner):
        if instance is None:
            return types.MethodType(self.class_func or self.func, owner)
        return types.MethodType(self.func, instance)


class Expression:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"<{self.text}>"


class User:
    table = "users"

    def __init__(self, first, last):
        self.first = first
        self.last = last

    @hybridmethod
    def full_name(self, sep=" "):
        return self.first + sep + self.last

    @full_name.classlevel
    def full_name(cls, sep=" "):
        return Expression(f"{cls.table}.first || '{sep}' || {cls.table}.last")

    @hybridmethod
    def describe(self):
        return f"{type(self).__name__ if not isinstance(self, type) else self.__name__}"


ann = User("Ann", "Lee")
print(ann.full_name(), User.full_name(sep=","))
print(ann.describe(), User.describe())
