import shop.models
import shop.pricing as pricing


def main():
    items = shop.models.catalog()
    combo = pricing.bundle(*items)
    for product in items + [combo]:
        print(product.sku, product.discounted("HALF"), product.discounted("NONE"))


main()
