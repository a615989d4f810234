import app.services.billing as billing
from app import create_app

create_app().run()
billing.charge(10)
