def by_length(word):
    return len(word)


def order(words):
    return sorted(words, key=by_length)


order(["aa", "b"])
