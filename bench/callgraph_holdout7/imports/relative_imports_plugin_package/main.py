from app import create_app
from app.plugins import load_all


def main():
    application = create_app({"debug": True})
    load_all(application)
    return application.handle("csv", " a, b"), application.handle("upper", " x ")


print(main())
