class Client:
    def get(self):
        return 1


def make_client() -> Client:
    return Client()


def use(factory):
    client: Client = factory()
    client.get()


use(make_client)
