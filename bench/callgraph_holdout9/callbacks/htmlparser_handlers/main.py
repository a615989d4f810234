"""A link extractor built on html.parser: the stdlib calls back handle_starttag,
handle_endtag and handle_data; the document has no comments, so handle_comment
never runs."""
from html.parser import HTMLParser


class Link:
    def __init__(self, href):
        self.href = href
        self.text = ""


class LinkParser(HTMLParser):
    def __init__(self, base):
        super().__init__()
        self.base = base
        self.links = []
        self.current = None
        self.comments = 0

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.current = Link(self.absolute(dict(attrs).get("href", "")))

    def handle_endtag(self, tag):
        if tag == "a" and self.current is not None:
            self.links.append(self.current)
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current.text += data.strip()

    def handle_comment(self, data):
        self.comments += 1

    def absolute(self, href):
        return href if "://" in href else self.base + href.lstrip("/")


def extract_links(base, html):
    parser = LinkParser(base)
    parser.feed(html)
    parser.close()
    return [(link.text, link.href) for link in parser.links]


print(extract_links("https://example.org/", '<p>See <a href="/docs">the docs</a> and '
                    '<a href="https://python.org">Python</a>.</p>'))
