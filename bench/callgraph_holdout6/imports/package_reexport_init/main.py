import toolkit
from toolkit import Engine, make_engine
from toolkit.text import lower_words as words

engine = make_engine("My Site")
engine.add("Search Box").add("Comments")
print(engine.run())
print(toolkit.text.slugify("A B"), words("X Y"), Engine("raw").run())
