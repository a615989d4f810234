from app.handlers.users import list_users

list_users()
