import plugins as p
from handlers.base import Handler

chain = [Handler("plain"), p.UpperHandler("upper"), p.WrapHandler("wrap", 12)]
for h in chain:
    print(h.handle("hello modular world"))
print(sum(h.seen for h in chain))
