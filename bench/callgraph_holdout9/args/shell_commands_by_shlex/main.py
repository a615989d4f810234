"""A cmd-like mini shell: each line is split with shlex and dispatched as f(*argv)."""
import shlex


class Session:
    def __init__(self):
        self.cwd = "/"
        self.out = []

    def write(self, *parts, sep=" "):
        self.out.append(sep.join(parts))


def cd(session, path="~"):
    session.cwd = normalize(path)


def normalize(path):
    return "/home" if path == "~" else path


def echo(session, *words):
    session.write(*words)


def pwd(session):
    session.write(session.cwd)


def rm(session, *paths, force=False):
    for p in paths:
        session.write("removed", p)


COMMANDS = {"cd": cd, "echo": echo, "pwd": pwd, "rm": rm}


def execute(session, line):
    name, *argv = shlex.split(line)
    handler = COMMANDS.get(name)
    if handler is None:
        return unknown(session, name)
    return handler(session, *argv)


def unknown(session, name):
    session.write(f"{name}: command not found")


def main(script):
    session = Session()
    for line in script.splitlines():
        if line.strip():
            execute(session, line)
    return session.out


print(main("""
cd
pwd
echo 'hello world' again
cd /tmp
pwd
ls -l
"""))
