"""cleo #31 #37 (NO-NARROWING + FLOW-REBIND): `if isinstance(io, IO): io = io.output` then
`self._output = io`: the parameter keeps the IO it is annotated with, so the stored value does too."""
from __future__ import annotations


class Output:
    def write(self, text):
        print(text)


class IO:
    def __init__(self, output: Output):
        self._output = output

    @property
    def output(self) -> Output:
        return self._output

    def write(self, text):
        self._output.write(text)


class Cursor:
    def __init__(self, io: IO | Output):
        if isinstance(io, IO):
            io = io.output
        self._output = io

    def clear_line(self):
        self._output.write("\x1b[2K")       # Output.write only; IO.write is drawn too


Cursor(IO(Output())).clear_line()
Cursor(Output()).clear_line()
