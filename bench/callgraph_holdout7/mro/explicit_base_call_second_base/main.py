class User:
    def __init__(self, name):
        self.name = name
        self.groups = []

    def display(self):
        return self.name.title()


class PermissionsMixin:
    def __init__(self):
        self.perms = set()

    def has_perm(self, perm):
        return perm in self.perms or any(g.has_perm(perm) for g in self.groups)

    def grant(self, perm):
        self.perms.add(perm)


class Group:
    def __init__(self, perms):
        self.perms = set(perms)

    def has_perm(self, perm):
        return perm in self.perms

    def display(self):
        return "group"


class Admin(User, PermissionsMixin):
    def __init__(self, name):
        User.__init__(self, name)
        PermissionsMixin.__init__(self)
        self.grant("admin")

    def display(self):
        return "[admin] " + User.display(self)


admin = Admin("ada")
admin.groups.append(Group(["edit"]))
print(admin.display(), admin.has_perm("admin"), admin.has_perm("edit"), admin.has_perm("drop"))
