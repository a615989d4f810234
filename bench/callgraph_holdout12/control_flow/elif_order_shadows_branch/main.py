class Incident:
    def __init__(self, service, status, latency_ms):
        self.service = service
        self.status = status
        self.latency_ms = latency_ms


def page_oncall(incident):
    print("PAGE", incident.service)
    return notify("pagerduty", incident)


def open_ticket(incident):
    return notify("jira", incident)


def log_slow(incident):
    return notify("log", incident)


def notify(channel, incident):
    return f"{channel}:{incident.service}:{incident.status}"


def triage(incident):
    if incident.status >= 400:
        return open_ticket(incident)
    elif incident.status >= 500:  # never reached: every 5xx is also >= 400
        return page_oncall(incident)
    elif incident.latency_ms > 1000:
        return log_slow(incident)
    return None


def summarize(results):
    handled = [r for r in results if r]
    return f"{len(handled)}/{len(results)} handled"


def run(incidents):
    results = []
    for incident in incidents:
        if incident.service.startswith("test-"):
            continue
        results.append(triage(incident))
    return summarize(results)


if __name__ == "__main__":
    incidents = [Incident("api", 503, 20), Incident("web", 404, 10), Incident("search", 200, 1500),
                 Incident("test-db", 500, 5), Incident("auth", 200, 30)]
    print(run(incidents))
