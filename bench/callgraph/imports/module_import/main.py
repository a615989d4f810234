import helpers

helpers.assist()
