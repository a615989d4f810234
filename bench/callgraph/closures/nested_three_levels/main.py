def level_one():
    def level_two():
        def level_three():
            return 3

        return level_three()

    return level_two()


level_one()
