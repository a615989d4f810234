class Check:
    def __init__(self, name, probe):
        self.name = name
        self.probe = probe

    def passed(self):
        return self.probe()


def primary_db_up():
    return True


def replica_db_up():
    print("probing replica")
    return True


def disk_has_space():
    return free_percent("/") > 10


def free_percent(path):
    return 42


def cert_valid():
    return days_left("example.org") > 0


def days_left(host):
    return -1


def mail_queue_empty():
    return queue_length() == 0


def queue_length():
    return 0


def healthy(database_checks, host_checks):
    # any() stops at the first True, all() at the first False
    db_ok = any(check.passed() for check in database_checks)
    host_ok = all(check.passed() for check in host_checks)
    return db_ok and host_ok


def main():
    database_checks = [Check("primary", primary_db_up), Check("replica", replica_db_up)]
    host_checks = [Check("disk", disk_has_space), Check("cert", cert_valid), Check("mail", mail_queue_empty)]
    print(healthy(database_checks, host_checks))


if __name__ == "__main__":
    main()
