"""A paho-mqtt-like client: user code assigns on_connect / on_message attributes before loop()."""


class Message:
    def __init__(self, topic, payload):
        self.topic, self.payload = topic, payload


class Client:
    def __init__(self, client_id):
        self.client_id = client_id
        self.on_connect = None
        self.on_message = self._default_on_message
        self.on_disconnect = None
        self.inbox, self.subscriptions = [], []

    def _default_on_message(self, client, userdata, msg):
        print("unhandled", msg.topic)

    def connect(self, host):
        self.host = host
        if self.on_connect:
            self.on_connect(self, None, 0)

    def subscribe(self, topic):
        self.subscriptions.append(topic)

    def feed(self, topic, payload):
        self.inbox.append(Message(topic, payload))

    def loop(self):
        while self.inbox:
            msg = self.inbox.pop(0)
            if any(msg.topic.startswith(s.rstrip("#")) for s in self.subscriptions):
                self.on_message(self, None, msg)
        if self.on_disconnect:
            self.on_disconnect(self, None, 0)


class Store:
    def __init__(self):
        self.rows = []

    def on_message(self, client, userdata, msg):
        self.rows.append((msg.topic, decode(msg.payload)))


def decode(payload):
    return payload.decode()


def on_connect(client, userdata, rc):
    client.subscribe("sensors/#")


def on_disconnect(client, userdata, rc):
    print("bye", rc)


store = Store()
client = Client("probe")
client.on_connect = on_connect
client.on_message = store.on_message
client.connect("broker.local")
client.feed("sensors/temp", b"21.5")
client.feed("alerts/fire", b"!")
client.loop()
print(store.rows)
