def on_add():
    pass


def on_del():
    pass


def route(command):
    match command:
        case "add":
            on_add()
        case "del":
            on_del()


route("add")
route("del")
