def alpha():
    pass


def beta():
    pass


def gamma():
    pass


(a, (b, c)) = (alpha, (beta, gamma))
a()
c()
