from fastparse import parse

parse("a b")
