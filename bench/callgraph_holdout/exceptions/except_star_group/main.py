class TaskError(Exception):
    def explain(self):
        return "task failed"


class TimeoutError_(TaskError):
    def explain(self):
        return "timed out: " + base_reason()


class InputError(TaskError):
    pass


def base_reason():
    return "slow"


def run_all():
    errors = [TimeoutError_("a"), InputError("b")]
    raise ExceptionGroup("batch", errors)


def supervise():
    try:
        run_all()
    except* TaskError as group:
        for error in group.exceptions:
            error.explain()


supervise()
