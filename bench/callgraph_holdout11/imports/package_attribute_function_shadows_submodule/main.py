import textkit.render  # loads the submodule, but the package attribute `render` is the function
import textkit.escape as esc


def page(title, body):
    head = textkit.render("<h1>{title}</h1>", title=title)
    return head + "\n" + textkit.fill(esc.escape(body), width=16)


print(page("a<b", "some <long> body text that wraps"))
