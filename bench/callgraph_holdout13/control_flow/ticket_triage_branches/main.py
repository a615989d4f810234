def is_vip(customer):
    return customer in {"acme", "globex"}


def sentiment(text):
    return -1 if "angry" in text or "!!" in text else 1


def escalate(ticket):
    ticket["queue"] = "tier2"


def auto_reply(ticket):
    ticket["replies"] = ticket.get("replies", 0) + 1


def assign(ticket, agents):
    while agents:
        agent = agents.pop(0)
        if agent_free(agent):
            ticket["agent"] = agent
            break
    else:
        ticket["agent"] = None
        park(ticket)


def agent_free(agent):
    return not agent.startswith("busy-")


def park(ticket):
    ticket["queue"] = "backlog"


def triage(ticket, agents):
    mood = sentiment(ticket["text"])
    if is_vip(ticket["customer"]) and mood < 0:
        escalate(ticket)
    elif mood < 0:
        auto_reply(ticket)
        assign(ticket, agents)
    else:
        auto_reply(ticket) if ticket["text"].endswith("?") else assign(ticket, agents)
    return ticket.get("queue", "tier1"), ticket.get("agent")


def main():
    print(triage({"customer": "acme", "text": "angry!!"}, ["ann"]))
    print(triage({"customer": "bob", "text": "this is angry"}, ["busy-x", "busy-y"]))
    print(triage({"customer": "cy", "text": "how do I?"}, []))
    print(triage({"customer": "di", "text": "thanks"}, ["busy-z", "eve"]))


main()
