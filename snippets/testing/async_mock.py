import asyncio
from unittest.mock import AsyncMock


async def load_profile(client, user_id: int) -> dict:
    """Code under test: one retry when the first call times out."""
    try:
        return await client.fetch(f"/users/{user_id}")
    except TimeoutError:
        return await client.fetch(f"/users/{user_id}")


async def main() -> None:
    # Every attribute of an AsyncMock is an AsyncMock: calling one returns a coroutine.
    client = AsyncMock()
    client.fetch.return_value = {"name": "ann"}
    print(await load_profile(client, 1))
    client.fetch.assert_awaited_once_with("/users/1")
    print(f"await_count={client.fetch.await_count}")

    client.fetch.reset_mock()
    client.fetch.side_effect = [TimeoutError(), {"name": "bob"}]  # one per await
    print(await load_profile(client, 2))
    print(client.fetch.await_args_list)

    # Called is not awaited: a forgotten `await` passes assert_called_once().
    client.fetch.reset_mock(side_effect=True)
    coro = client.fetch("/users/3")  # the bug: no await
    client.fetch.assert_called_once()
    try:
        client.fetch.assert_awaited_once()
    except AssertionError as exc:
        print(f"AssertionError: {exc}")
    coro.close()  # no "never awaited" warning at exit


asyncio.run(main())
