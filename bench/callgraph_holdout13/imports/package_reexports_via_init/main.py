from app import create_app, Database

app = create_app({"dsn": "sqlite://", "name": "demo"})
print(app.handle("/users"))
print(app.handle("/missing"))
print(isinstance(app.db, Database))
