import store
from config import settings as cfg

cfg.override(pool=3)
print(store.get_store().describe(), store.get_store() is store.get_store())
print(cfg.get("debug"))
