from enum import Enum


class Stage(Enum):
    BUILD = 1
    TEST = 2
    CHECK = 2  # the old name, kept for compatibility: an alias of TEST
    DEPLOY = 3

    @property
    def label(self):
        return self.name.lower()


def run_build(log):
    log.append("compile")


def run_test(log):
    log.append("pytest")


def run_check(log):
    log.append("lint")


def run_deploy(log):
    log.append("upload")


HANDLERS = {"BUILD": run_build, "TEST": run_test, "CHECK": run_check, "DEPLOY": run_deploy}


def pipeline():
    log = []
    for stage in Stage:
        HANDLERS[stage.name](log)
        log.append(stage.label)
    return log


print(pipeline(), Stage["CHECK"] is Stage.TEST, Stage(2).name)
