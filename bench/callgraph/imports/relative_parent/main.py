from pkg.sub.child import run

run()
