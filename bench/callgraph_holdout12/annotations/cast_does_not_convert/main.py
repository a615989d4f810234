from typing import Optional, cast


class User:
    def __init__(self, name, roles):
        self.name = name
        self.roles = roles

    def permissions(self) -> set:
        return {"read"}

    def describe(self) -> str:
        return f"user {self.name}"


class Admin(User):
    def permissions(self) -> set:
        return audit_grant(self.name, {"read", "write", "delete"})

    def describe(self) -> str:
        return f"admin {self.name}"


def audit_grant(name, perms):
    print("grant", name, sorted(perms))
    return perms


USERS = {"ada": User("ada", ["admin"]), "bob": User("bob", [])}


def find_user(name: str) -> Optional[User]:
    return USERS.get(name)


def require_admin(name: str) -> Admin:
    user = find_user(name)
    if user is None or "admin" not in user.roles:
        raise PermissionError(name)
    # the role says admin, but cast() converts nothing: this is still a User
    return cast(Admin, user)


def can_delete(admin: Admin) -> bool:
    return "delete" in admin.permissions()


def main():
    admin = require_admin("ada")
    print(admin.describe(), can_delete(admin))
    try:
        require_admin("bob")
    except PermissionError as exc:
        print("denied", exc)


main()
