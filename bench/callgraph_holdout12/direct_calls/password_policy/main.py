import string

COMMON = {"password", "123456", "qwerty"}


def has_upper(pw):
    return any(c in string.ascii_uppercase for c in pw)


def has_digit(pw):
    return any(c.isdigit() for c in pw)


def has_symbol(pw):
    return any(c in string.punctuation for c in pw)


def entropy_bits(pw):
    pool = 26 + 26 * has_upper(pw) + 10 * has_digit(pw) + 32 * has_symbol(pw)
    return len(pw) * log2(pool)


def log2(n):
    bits = 0
    while n > 1:
        n /= 2
        bits += 1
    return bits


def strength(pw):
    if pw.lower() in COMMON:
        return "weak"
    bits = entropy_bits(pw)
    return "strong" if bits >= 60 else "medium" if bits >= 36 else "weak"


def problems(pw, min_length=8):
    found = []
    if len(pw) < min_length:
        found.append(f"shorter than {min_length}")
    if not has_upper(pw):
        found.append("no upper-case letter")
    if not has_digit(pw):
        found.append("no digit")
    return found


def check(pw):
    return {"strength": strength(pw), "problems": problems(pw)}


def main(candidates):
    return {pw: check(pw) for pw in candidates}


if __name__ == "__main__":
    for pw, result in main(["qwerty", "Tr0ub4dor&3", "correcthorse"]).items():
        print(pw, result)
