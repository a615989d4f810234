from helpers import make_user

SHARED = {}


def setup_module():
    SHARED["db"] = "ready"


def test_user_name():
    assert make_user("ada").name == "ada"


def test_db_ready():
    assert SHARED["db"] == "ready"


def helper_not_a_test():
    return make_user("nobody")


class TestUser:
    def setup_method(self):
        self.user = make_user("bob")

    def test_upper(self):
        assert self.user.name.upper() == "BOB"

    def test_len(self):
        assert len(self.user.name) == 4


class UserFactory:
    def test_looking_name(self):
        return make_user("not collected: the class name has no Test prefix")
