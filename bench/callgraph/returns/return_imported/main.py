from factory import create

create().draw()
