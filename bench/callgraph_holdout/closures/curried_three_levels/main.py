def combine(a, b, c):
    return a + b + c


def curry(first):
    def second_level(second):
        def third_level(third):
            return combine(first, second, third)

        return third_level

    return second_level


add_one = curry(1)
add_three = add_one(2)
add_three(3)
