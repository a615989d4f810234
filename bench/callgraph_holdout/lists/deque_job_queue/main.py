from collections import deque


def resize(image):
    return image


def compress(image):
    return image


class Queue:
    def __init__(self):
        self.jobs = deque()

    def push(self, job):
        self.jobs.append(job)

    def push_first(self, job):
        self.jobs.appendleft(job)

    def drain(self, image):
        while self.jobs:
            job = self.jobs.popleft()
            image = job(image)
        return image


queue = Queue()
queue.push(compress)
queue.push_first(resize)
queue.drain("img")
