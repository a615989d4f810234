from .db import Database
from .factory import create_app

__all__ = ["Database", "create_app"]
