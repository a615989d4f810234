from pkg.api import start

start()
