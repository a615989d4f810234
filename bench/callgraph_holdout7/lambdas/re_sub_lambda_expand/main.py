import os
import re

VAR = re.compile(r"\$\{(\w+)(?::-(\w*))?\}")


def lookup(name, env, default):
    return env.get(name, default if default is not None else "")


def quote(value):
    return "'" + value.replace("'", "\\'") + "'"


def expand(text, env):
    return VAR.sub(lambda m: lookup(m.group(1), env, m.group(2)), text)


def expand_quoted(text, env):
    return VAR.sub(lambda m: quote(expand(m.group(0), env)), text)


env = {"HOME": "/home/ada", "USER": "ada"}
print(expand("cd ${HOME}/${PROJECT:-demo}", env))
print(expand_quoted("echo ${USER}", env), os.sep)
