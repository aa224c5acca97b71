"""A plugin for the process tests (test_process.py): run as a script, as mm-bridge would."""

from __future__ import annotations

import asyncio

from mattermost_plugin_bridge import Plugin, hook, pb


class Greeter(Plugin):
    @hook("ExecuteCommand")
    def greet(self, req: pb.ExecuteCommandRequest) -> pb.ExecuteCommandResponse:
        user = self.api.get_user(user_id=req.args.user_id).user
        self.log.info("greeted", extra={"user_id": user.id})
        return pb.ExecuteCommandResponse(command_response=pb.CommandResponse(text=f"Hello, @{user.username}!"))

    @hook("MessageHasBeenPosted")
    async def slow(self, req: pb.MessageHasBeenPostedRequest) -> None:
        self.log.info("slow hook started")
        await asyncio.sleep(float(req.post.message or 0))
        self.log.warning("slow hook done")


if __name__ == "__main__":
    Greeter.run()
