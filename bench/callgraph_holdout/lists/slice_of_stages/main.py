def validate(x):
    return x


def transform(x):
    return x


def store(x):
    return x


STAGES = [validate, transform, store]


def process(value, skip_validation):
    stages = STAGES[1:] if skip_validation else STAGES
    for stage in stages:
        value = stage(value)
    return value


process(1, True)
process(2, False)
