class Printer:
    def emit(self, text):
        return text


def report(printer):
    printer.emit("done")


report(Printer())
