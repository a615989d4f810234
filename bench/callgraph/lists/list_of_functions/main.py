def step_one():
    pass


def step_two():
    pass


STEPS = [step_one, step_two]
for step in STEPS:
    step()
