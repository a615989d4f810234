class Job:
    def run(self):
        pass


def run_all(jobs: list[Job]):
    for job in jobs:
        job.run()


run_all([Job(), Job()])
