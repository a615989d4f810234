class StepFailed(Exception):
    def __init__(self, step, reason):
        super().__init__(f"{step}: {reason}")
        self.step = step

    def code(self):
        return f"E-{self.step.upper()}"


STATE = {"locks": 0, "log": []}


def acquire():
    STATE["locks"] += 1


def release():
    STATE["locks"] -= 1


def rollback(step):
    STATE["log"].append(f"rollback {step}")


def run_step(step):
    if step == "migrate":
        raise StepFailed(step, "column exists")
    STATE["log"].append(step)


def run(steps):
    acquire()
    try:
        for step in steps:
            try:
                run_step(step)
            except StepFailed:
                rollback(step)
                raise
    finally:
        release()


def deploy(steps):
    try:
        run(steps)
    except StepFailed as err:
        return err.code()
    return "ok"


def main():
    print(deploy(["build", "test"]), deploy(["build", "migrate", "test"]), STATE)


main()
