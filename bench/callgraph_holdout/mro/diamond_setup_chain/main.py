class Base:
    def setup(self):
        self.log = ["base"]
        return self.log


class Cache(Base):
    def setup(self):
        log = super().setup()
        log.append("cache")
        return log


class Auth(Base):
    def setup(self):
        log = super().setup()
        log.append("auth")
        return log


class App(Cache, Auth):
    def setup(self):
        return super().setup()


App().setup()
