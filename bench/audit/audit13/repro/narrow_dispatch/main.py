"""cleo #21 (NO-NARROWING): Descriptor.describe dispatches on isinstance; every branch's
handler gets every kind of object, past its own parameter annotation."""
from __future__ import annotations

from typing import Any


class Option:
    @property
    def name(self):
        return "verbose"


class Application:
    @property
    def name(self):
        return "app"


class Descriptor:
    def describe(self, obj: Any):
        if isinstance(obj, Option):
            self._describe_option(obj)
        elif isinstance(obj, Application):
            self._describe_application(obj)

    def _describe_option(self, option: Option):
        return option.name.upper()          # Option.name only; Application.name is drawn too

    def _describe_application(self, application: Application):
        return application.name


Descriptor().describe(Option())
Descriptor().describe(Application())
