class Placeholder:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return bool(self.value)


class Info:
    def __init__(self, flag=Placeholder(False)):
        self.flag = flag


def solve(info):
    # the solved copy never holds a Placeholder
    return Info(flag=info.flag.value)


class Group:
    def __init__(self, flag):
        self.flag = flag

    def invoke(self):
        if self.flag:
            return 1
        return 0


def build():
    return Group(flag=solve(Info()).flag)
