from enum import Enum
from http import HTTPStatus


class Action(Enum):
    RETRY = "retry"
    FAIL = "fail"
    DONE = "done"


class Response:
    def __init__(self, status, body=""):
        self.status = status
        self.body = body


def parse_body(resp):
    return resp.body.upper()


def schedule_retry(resp):
    return Action.RETRY


def report_missing(resp):
    return f"missing: {resp.body}"


def alert(resp):
    return Action.FAIL


def classify(resp):
    match resp.status:
        case HTTPStatus.OK | HTTPStatus.CREATED:
            return parse_body(resp)
        case HTTPStatus.NOT_FOUND | HTTPStatus.GONE as code:
            return report_missing(resp) + f" ({code})"
        case HTTPStatus.TOO_MANY_REQUESTS | HTTPStatus.SERVICE_UNAVAILABLE:
            return schedule_retry(resp)
        case code if 500 <= code < 600:
            return alert(resp)
        case _:
            return Action.DONE


def next_step(action):
    match action:
        case Action.RETRY:
            return backoff(1)
        case Action.FAIL:
            return "page"
        case str(text):
            return text
    return None


def backoff(attempt):
    return 2 ** attempt


def main():
    for status, body in [(200, "ok"), (410, "old"), (503, ""), (502, ""), (302, "")]:
        print(status, next_step(classify(Response(status, body))))


main()
