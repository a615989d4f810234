class Job:
    def __init__(self, name, payload):
        self.name = name
        self.payload = payload

    def __eq__(self, other):
        print("comparing", self.name)
        return isinstance(other, Job) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def key(self):
        return (self.name, tuple(sorted(self.payload.items())))


class Queue:
    def __init__(self):
        self.items = []
        self.seen = set()

    def push(self, job):
        if job in self.seen:
            return False
        self.seen.add(job)
        self.items.append(job)
        return True

    def cancel(self, job):
        if job in self.items:
            self.items.remove(job)
            return True
        return False


q = Queue()
a = Job("mail", {"to": "ada"})
b = Job("mail", {"to": "bob"})
q.push(a)
q.push(b)
print(q.push(a), q.cancel(a), q.items.index(b), q.items.count(b))
