TAX_RATES = {"DE": 0.19, "FR": 0.20, "US": 0.0}


def parse_line(line):
    sku, qty, price = line.split(",")
    return sku.strip(), int(qty), to_cents(price)


def to_cents(text):
    euros, _, cents = text.strip().partition(".")
    return int(euros) * 100 + int(cents.ljust(2, "0"))


def line_total(qty, price):
    return qty * price


def discount(subtotal):
    return subtotal // 10 if subtotal > 10000 else 0


def tax(amount, country):
    return round(amount * TAX_RATES[country])


def format_cents(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def build_invoice(lines, country):
    items = [parse_line(line) for line in lines]
    subtotal = sum(line_total(qty, price) for _, qty, price in items)
    net = subtotal - discount(subtotal)
    return {"net": format_cents(net), "tax": format_cents(tax(net, country)), "count": len(items)}


def main():
    lines = ["pen, 3, 1.5", "lamp, 2, 49.99", "desk, 1, 120"]
    for country in ("DE", "US"):
        print(country, build_invoice(lines, country))


if __name__ == "__main__":
    main()
