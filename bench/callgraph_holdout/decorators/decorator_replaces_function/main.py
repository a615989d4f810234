def disabled(*args):
    return None


def feature_flag(enabled):
    def decorate(func):
        return func if enabled else disabled

    return decorate


@feature_flag(False)
def beta():
    return "beta"


@feature_flag(True)
def stable():
    return "stable"


beta()
stable()
