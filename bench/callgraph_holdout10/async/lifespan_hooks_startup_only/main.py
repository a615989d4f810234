"""A Starlette-like app with lifespan hooks; this script only starts it and serves once."""
import asyncio
import inspect


class App:
    def __init__(self):
        self.startup_hooks, self.shutdown_hooks = [], []
        self.state = {}

    def on_event(self, kind):
        def decorator(fn):
            (self.startup_hooks if kind == "startup" else self.shutdown_hooks).append(fn)
            return fn
        return decorator

    async def _run_hooks(self, hooks):
        for hook in hooks:
            result = hook(self)
            if inspect.isawaitable(result):
                await result

    async def startup(self):
        await self._run_hooks(self.startup_hooks)

    async def shutdown(self):
        await self._run_hooks(self.shutdown_hooks)

    async def serve(self, path):
        pool = self.state["pool"]
        return await pool.query(path)


class Pool:
    async def query(self, path):
        return f"rows for {path}"

    async def close(self):
        return None


app = App()


@app.on_event("startup")
async def open_pool(app):
    app.state["pool"] = Pool()


@app.on_event("startup")
def load_config(app):
    app.state["config"] = {"debug": False}


@app.on_event("shutdown")
async def close_pool(app):
    await app.state["pool"].close()


async def serve_once():
    await app.startup()
    return await app.serve("/users")


print(asyncio.run(serve_once()))
