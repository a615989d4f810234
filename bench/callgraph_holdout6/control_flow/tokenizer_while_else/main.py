def is_digit(ch):
    return ch.isdigit()


def is_space(ch):
    return ch == " "


def emit(tokens, kind, text):
    tokens.append((kind, text))


def unterminated(text):
    raise SyntaxError(f"unterminated: {text}")


def tokenize(source):
    tokens, i = [], 0
    while i < len(source):
        ch = source[i]
        if is_space(ch):
            i += 1
            continue
        if is_digit(ch):
            j = i
            while j < len(source) and is_digit(source[j]):
                j += 1
            emit(tokens, "num", source[i:j])
            i = j
        elif ch == '"':
            j = i + 1
            while j < len(source):
                if source[j] == '"':
                    break
                j += 1
            else:
                unterminated(source[i:])
            emit(tokens, "str", source[i + 1:j])
            i = j + 1
        else:
            emit(tokens, "op", ch)
            i += 1
    return tokens


print(tokenize('12 + "ab"'))
try:
    tokenize('"open')
except SyntaxError as error:
    print(error)
