import asyncio

background_tasks = set()


async def load_user(user_id):
    await asyncio.sleep(0.1)  # stands in for a database query
    return {"id": user_id, "name": "Ada"}


async def audit(user_id):
    await asyncio.sleep(0.2)
    print(f"audit: visit of user {user_id} recorded in the background")


async def read_user(user_id):  # right: await, on the server's loop
    return await load_user(user_id)


async def read_user_wrong(user_id):  # wrong: tries to start a second loop
    coro = load_user(user_id)
    try:
        return asyncio.run(coro)
    finally:
        coro.close()


async def read_user_and_audit(user_id):  # extra work: a task on the same loop
    task = asyncio.create_task(audit(user_id))
    background_tasks.add(task)  # keep a reference until it is done
    task.add_done_callback(background_tasks.discard)
    return await load_user(user_id)


async def main():  # plays the web server: it owns the loop and awaits each handler
    for handler in (read_user, read_user_wrong, read_user_and_audit):
        try:
            print(f"{handler.__name__}: 200 {await handler(7)}")
        except RuntimeError as exc:
            print(f"{handler.__name__}: 500 {type(exc).__name__}: {exc}")
    await asyncio.gather(*background_tasks)  # like a graceful shutdown


asyncio.run(main())
