import helpers as h
from helpers import assist as helper_alias

h.assist()
helper_alias()
