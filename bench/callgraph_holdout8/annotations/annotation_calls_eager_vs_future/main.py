import eager
import lazy


def run():
    box = eager.Box()
    crate = lazy.Crate()
    return eager.measure(2.0), box.area(), lazy.convert(1.0), crate.volume()


print(run())
