"""hello-python: a Mattermost server plugin in Python.

- MessageWillBePosted: masks the word "darn", rejects posts containing "spam".
- MessageHasBeenPosted (async): answers "ping" with "pong" in the thread.
- /hello: greets the caller by username.
- ServeHTTP: a small WSGI app at /plugins/com.example.hello-python/hello.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from mattermost_plugin_bridge import Plugin, WSGIAdapter, hook, pb

SPAM = re.compile(r"\bspam\b", re.IGNORECASE)
DARN = re.compile(r"\bdarn\b", re.IGNORECASE)


def hello_app(environ: Dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """Any WSGI app mounts the same way: Flask's app object, Django's WSGIHandler, …"""
    path = environ["PATH_INFO"]
    if path != "/hello":
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found\n"]
    user_id = environ.get("HTTP_MATTERMOST_USER_ID", "")  # set by the server for logged-in users
    body = json.dumps({"hello": user_id or "anonymous", "mounted_at": environ["SCRIPT_NAME"]}).encode()
    headers: List[Tuple[str, str]] = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    start_response("200 OK", headers)
    return [body]


class HelloPlugin(Plugin):
    http = WSGIAdapter(hello_app)

    @hook("OnActivate")
    def on_activate(self, req: pb.OnActivateRequest) -> None:
        self.api.register_command(command=pb.Command(trigger="hello", auto_complete=True, description="Say hello"))
        self.api.log_info(msg="hello-python activated")  # through the PluginAPI
        self.log.info("activated", extra={"python": sys.version.split()[0]})  # through stderr

    @hook("MessageWillBePosted")
    def message_will_be_posted(self, req: pb.MessageWillBePostedRequest) -> Optional[pb.MessageWillBePostedResponse]:
        message = req.post.message
        if SPAM.search(message):
            return pb.MessageWillBePostedResponse(rejection_reason="No spam, please.")
        if DARN.search(message):
            post = pb.Post()
            post.CopyFrom(req.post)
            post.message = DARN.sub("****", message)
            return pb.MessageWillBePostedResponse(post=post)
        return None  # let it through unchanged

    @hook("MessageHasBeenPosted")
    async def message_has_been_posted(self, req: pb.MessageHasBeenPostedRequest) -> None:
        p = req.post
        if re.search(r"\bping\b", p.message, re.IGNORECASE):
            await self.async_api.create_post(
                post=pb.Post(channel_id=p.channel_id, user_id=p.user_id, root_id=p.id, message="pong")
            )

    @hook("ExecuteCommand")
    def execute_command(self, req: pb.ExecuteCommandRequest) -> pb.ExecuteCommandResponse:
        # An unknown user makes get_user raise NotFoundError (an AppError): it goes back to the
        # server as this hook's AppError, as it would from a Go plugin.
        user = self.api.get_user(user_id=req.args.user_id).user
        return pb.ExecuteCommandResponse(
            command_response=pb.CommandResponse(response_type="ephemeral", text=f"Hello, @{user.username}!")
        )


if __name__ == "__main__":
    HelloPlugin.run()
