def compute_default():
    return 3


class Settings:
    retries = compute_default()


Settings()
