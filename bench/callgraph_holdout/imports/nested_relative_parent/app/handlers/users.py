from ..services import db
from ..services.db import query as run_query
from . import formatting


def list_users():
    rows = run_query("users")
    db.log("listed")
    return formatting.table(rows)
