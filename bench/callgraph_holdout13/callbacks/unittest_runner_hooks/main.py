import io
import unittest


def make_cart():
    return {"items": [], "discount": 0}


def add_item(cart, name, price):
    cart["items"].append((name, price))


def cart_total(cart):
    return sum(price for _, price in cart["items"]) - cart["discount"]


def release(cart):
    cart["items"].clear()


class CartTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.catalog = {"pen": 2, "book": 12}

    def setUp(self):
        self.cart = make_cart()
        self.addCleanup(release, self.cart)

    def tearDown(self):
        self.cart["closed"] = True

    def test_empty_total(self):
        self.assertEqual(cart_total(self.cart), 0)

    def test_add_two(self):
        add_item(self.cart, "pen", self.catalog["pen"])
        add_item(self.cart, "book", self.catalog["book"])
        self.assertEqual(cart_total(self.cart), 14)

    def helper_not_a_test(self):
        return make_cart()


def main():
    suite = unittest.TestLoader().loadTestsFromTestCase(CartTests)
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    print(result.testsRun, len(result.failures))


main()
