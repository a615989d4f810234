def read_number(text, i):
    j = i
    while j < len(text) and (text[j].isdigit() or text[j] == "."):
        j += 1
    return ("NUM", float(text[i:j])), j


def read_name(text, i):
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == "_"):
        j += 1
    word = text[i:j]
    return (keyword_or_name(word), word), j


def keyword_or_name(word):
    return "KW" if word in {"let", "print"} else "NAME"


def read_string(text, i):
    end = text.index('"', i + 1)
    return ("STR", unescape(text[i + 1:end])), end + 1


def unescape(raw):
    return raw.replace("\\n", "\n")


def error(text, i):
    raise SyntaxError(f"unexpected {text[i]!r} at {i}")


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        elif ch.isdigit():
            token, i = read_number(text, i)
        elif ch.isalpha() or ch == "_":
            token, i = read_name(text, i)
        elif ch == '"':
            token, i = read_string(text, i)
        elif ch in "=+-*/();":
            token, i = ("OP", ch), i + 1
        else:
            error(text, i)
        tokens.append(token)
    return tokens


def main():
    print(tokenize('let x = 4.5 * (y + 2); print "hi"'))
    try:
        tokenize("let z = 3 $ 4")
    except SyntaxError as exc:
        print(exc)


main()
