class Fast:
    def run(self):
        pass


class Slow:
    def run(self):
        pass


def execute(quick):
    runner = Fast() if quick else Slow()
    runner.run()


execute(True)
execute(False)
