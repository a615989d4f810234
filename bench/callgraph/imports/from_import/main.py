from helpers import assist

assist()
