class Parser:
    def parse(self):
        return self.tokens()

    def tokens(self):
        return self.split()

    def split(self):
        return []


Parser().parse()
