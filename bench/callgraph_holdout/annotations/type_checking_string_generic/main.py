from app.models import User
from app.notify import notify_all

notify_all([User("a"), User("b")])
