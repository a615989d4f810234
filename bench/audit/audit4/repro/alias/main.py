class Tag:
    def tag(self, v):
        return self.to_json(v)

    def to_json(self, v):
        raise NotImplementedError


class PassList(Tag):
    def to_json(self, v):
        return [v]

    tag = to_json


class TagTuple(Tag):
    def to_json(self, v):
        return (v,)


for t in [PassList(), TagTuple()]:
    t.tag(1)
