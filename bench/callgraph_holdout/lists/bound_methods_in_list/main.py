class Pipeline:
    def load(self):
        return 1

    def clean(self):
        return 2

    def save(self):
        return 3

    def run(self):
        steps = [self.load, self.clean]
        steps.append(self.save)
        return [step() for step in steps]


Pipeline().run()
