from models import Order
import services.billing as billing

Order(5).charge()
billing.refund(2).amount()
