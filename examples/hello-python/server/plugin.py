"""hello-python: a Mattermost server plugin in Python. It behaves exactly as examples/hello-node
(README.md says what it does):

- OnActivate: logs the server version, registers /hello, ensures the bot @hello-bot;
- OnConfigurationChange: reads the FilteredWord setting (plugin.json settings_schema, default "darn");
- MessageWillBePosted: masks the filtered word with asterisks, rejects a post that is only that word;
- MessageHasBeenPosted (an async handler): @hello-bot answers a mention in the post's thread;
- /hello: an ephemeral greeting with the number of calls so far (KV "hello_count", compare-and-set);
- ServeHTTP (a WSGI app): GET /hello → JSON, POST /upload → byte count and SHA-256 of the streamed body.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from mattermost_plugin_bridge import Plugin, WSGIAdapter, hook, pb

NAME = "hello-python"
DEFAULT_FILTERED_WORD = "darn"
BOT_USERNAME = "hello-bot"
COUNT_KEY = "hello_count"
COUNT_ATTEMPTS = 20
UPLOAD_CHUNK = 64 * 1024

# A word character for the filter and for mentions: what \b means in JavaScript (and re.ASCII).
WORD = "A-Za-z0-9_"
MENTION = re.compile(rf"(?<![{WORD}.\-@])@{BOT_USERNAME}(?![{WORD}\-])", re.IGNORECASE)
DIGITS = re.compile(r"[0-9]+")

StartResponse = Callable[..., Any]


class Filter:
    """The filtered word and its patterns; replaced as a whole on each configuration change."""

    def __init__(self, word: str) -> None:
        self.word = word
        escaped = re.escape(word)
        self.anywhere = re.compile(rf"(?<![{WORD}]){escaped}(?![{WORD}])", re.IGNORECASE)
        self.only = re.compile(escaped, re.IGNORECASE)


def make_filter(word: str) -> Optional[Filter]:
    return Filter(word) if word else None  # an empty setting turns the filter off


def filtered_word(config: bytes) -> str:
    """The FilteredWord setting of LoadPluginConfiguration's JSON (keys come lowercased from the server)."""
    settings = json.loads(config) if config else None
    if not isinstance(settings, dict):
        return DEFAULT_FILTERED_WORD
    for key, value in settings.items():
        if key.lower() == "filteredword" and value is not None:
            return (value if isinstance(value, str) else json.dumps(value)).strip()
    return DEFAULT_FILTERED_WORD


def json_response(
    start_response: StartResponse, status: str, body: Any, headers: Optional[List[Tuple[str, str]]] = None
) -> List[bytes]:
    data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    start_response(
        status,
        (headers or []) + [("Content-Type", "application/json"), ("Content-Length", str(len(data)))],
    )
    return [data]


def not_allowed(start_response: StartResponse, allow: str) -> List[bytes]:
    return json_response(start_response, "405 Method Not Allowed", {"error": "method not allowed"}, [("Allow", allow)])


class HelloPlugin(Plugin):
    def __init__(self) -> None:
        super().__init__()
        self.filter = make_filter(DEFAULT_FILTERED_WORD)
        self.bot_user_id = ""
        # Any WSGI app mounts the same way: Flask's app object, Django's WSGIHandler, … (or ASGIAdapter).
        self.http = WSGIAdapter(self.wsgi_app)

    @hook("OnConfigurationChange")
    def on_configuration_change(self, req: pb.OnConfigurationChangeRequest) -> None:
        config = self.api.load_plugin_configuration().config
        self.filter = make_filter(filtered_word(config))

    @hook("OnActivate")
    def on_activate(self, req: pb.OnActivateRequest) -> None:
        version = self.api.get_server_version().version
        self.api.log_info(msg=f"{NAME} activated", key_value_pairs=["server_version", version])  # through the PluginAPI
        self.log.info("activated", extra={"python": sys.version.split()[0]})  # through stderr
        self.api.register_command(
            command=pb.Command(
                trigger="hello",
                auto_complete=True,
                display_name="Hello",
                auto_complete_desc="Say hello (the plugin counts the calls)",
                description="Say hello",
            )
        )
        bot = pb.Bot(
            username=BOT_USERNAME,
            display_name="Hello Bot",
            description="Answers mentions in their thread (hello example plugin).",
        )
        self.bot_user_id = self.api.ensure_bot_user(bot=bot).bot_user_id

    @hook("MessageWillBePosted")
    def message_will_be_posted(self, req: pb.MessageWillBePostedRequest) -> Optional[pb.MessageWillBePostedResponse]:
        f = self.filter
        message = req.post.message
        if f is None:
            return None
        if f.only.fullmatch(message.strip()):
            return pb.MessageWillBePostedResponse(
                rejection_reason=f'Posts that contain only the word "{f.word}" are not allowed.'
            )
        masked = f.anywhere.sub(lambda m: "*" * len(m.group(0)), message)
        if masked == message:
            return None  # let it through unchanged
        post = pb.Post()
        post.CopyFrom(req.post)
        post.message = masked
        return pb.MessageWillBePostedResponse(post=post)

    @hook("MessageHasBeenPosted")
    async def message_has_been_posted(self, req: pb.MessageHasBeenPostedRequest) -> None:
        p = req.post
        if not self.bot_user_id or p.user_id == self.bot_user_id or not MENTION.search(p.message):
            return
        await self.async_api.create_post(
            post=pb.Post(
                channel_id=p.channel_id,
                user_id=self.bot_user_id,
                root_id=p.root_id or p.id,
                message=f"Hi! I'm @{BOT_USERNAME}. Type /hello for a greeting.",
            )
        )

    @hook("ExecuteCommand")
    def execute_command(self, req: pb.ExecuteCommandRequest) -> pb.ExecuteCommandResponse:
        # An unknown user makes get_user raise NotFoundError (an AppError): it goes back to the
        # server as this hook's AppError, as it would from a Go plugin.
        user = self.api.get_user(user_id=req.args.user_id).user
        calls = self.count_call()
        return pb.ExecuteCommandResponse(
            command_response=pb.CommandResponse(
                response_type="ephemeral", text=f"Hello, @{user.username}! ({calls} calls so far)"
            )
        )

    def count_call(self) -> int:
        """Adds one to the KV counter atomically (KVCompareAndSet; retried when another call won the race)."""
        for _ in range(COUNT_ATTEMPTS):
            value = self.api.kv_get(key=COUNT_KEY).value
            text = value.decode("utf-8", "replace")
            nxt = (int(text) if DIGITS.fullmatch(text) else 0) + 1
            # old_value None: only if the key does not exist yet
            if self.api.kv_compare_and_set(key=COUNT_KEY, old_value=value or None, new_value=str(nxt).encode()).updated:
                return nxt
        raise RuntimeError(f"{COUNT_KEY}: {COUNT_ATTEMPTS} concurrent updates in a row, giving up")

    # ServeHTTP: the server strips /plugins/<id> from the path (it is SCRIPT_NAME here).
    def wsgi_app(self, environ: Dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path, method = environ["PATH_INFO"], environ["REQUEST_METHOD"]
        if path == "/hello":
            if method != "GET":
                return not_allowed(start_response, "GET")
            return json_response(start_response, "200 OK", {"hello": "world", "plugin": self.plugin_id})
        if path == "/upload":
            if method != "POST":
                return not_allowed(start_response, "POST")
            # Hashed chunk by chunk as the body streams in: nothing is kept, whatever the size.
            digest = hashlib.sha256()
            size = 0
            body = environ["wsgi.input"]
            while chunk := body.read(UPLOAD_CHUNK):
                size += len(chunk)
                digest.update(chunk)
            return json_response(start_response, "200 OK", {"bytes": size, "sha256": digest.hexdigest()})
        return json_response(start_response, "404 Not Found", {"error": "not found"})


if __name__ == "__main__":
    HelloPlugin.run()
