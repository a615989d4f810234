import toolkit

toolkit.heavy.compute(2)
toolkit.version()
