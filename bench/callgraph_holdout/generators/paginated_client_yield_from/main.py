class Page:
    def __init__(self, items, next_token):
        self.items = items
        self.next_token = next_token


class Client:
    DATA = {None: ([1, 2], "p2"), "p2": ([3], None)}

    def list_page(self, token=None):
        items, nxt = self.DATA[token]
        return Page(items, nxt)

    def paginate(self):
        token = None
        while True:
            page = self.list_page(token)
            yield from page.items
            if page.next_token is None:
                return
            token = page.next_token


def total(client):
    count = 0
    for item in client.paginate():
        count += item
    return count


total(Client())
