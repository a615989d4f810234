"""Template views whose methods call module-level helpers that share their names."""


def render(template, ctx):
    return template.format(**ctx)


def validate(ctx):
    return {k: v for k, v in ctx.items() if v is not None}


def context(user):
    return {"name": user, "role": None}


class View:
    template = "Hello {name}"

    def context(self, user):
        return validate(context(user))  # the module functions, not self.validate / self.context

    def render(self, user):
        return render(self.template, self.context(user))  # module render, then the method

    def validate(self):
        return True


class AdminView(View):
    template = "Admin {name}"

    def context(self, user):
        ctx = super().context(user)
        ctx["name"] = ctx["name"].upper()
        return ctx


print(View().render("ada"), AdminView().render("bob"))
