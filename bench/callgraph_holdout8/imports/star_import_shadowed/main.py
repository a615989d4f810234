from utils import *
from utils import titleize as title_case
import utils


def slugify(text):
    return utils.slugify(text).replace("-", "_")


def headline(text):
    timer = Timer()
    timer.tick()
    return title_case(text), slugify(text), titleize(text.upper())


print(headline("  Hello Big World "))
