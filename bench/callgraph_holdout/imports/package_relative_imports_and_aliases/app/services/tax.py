def rate_for(region):
    return 0.2 if region == "EU" else 0.0
