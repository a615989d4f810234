"""A migration script whose second `from ... import connect` silently replaces the first."""
from backends.sqlite import connect
from backends import postgres
from backends.postgres import connect  # noqa: F811 - rebinds `connect`


def migrate(url, statements):
    conn = connect(url)
    return [conn.execute(s) for s in statements]


print(migrate("postgres://db.local/app", ["create table t (id int)"]))
print(postgres.parse_url("postgres://h/x"))
