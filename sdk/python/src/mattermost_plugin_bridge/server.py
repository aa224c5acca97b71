"""The plugin process: the PluginHooks gRPC server the bridge calls.

:func:`run` is what a plugin's ``__main__`` calls. It reads MM_BRIDGE_API_TARGET,
MM_BRIDGE_TOKEN and MM_BRIDGE_PLUGIN_ID, binds the PluginAPI clients, serves PluginHooks (plus
grpc.health.v1 and server reflection) on 127.0.0.1, prints the handshake line
``1|1|tcp|127.0.0.1:PORT|grpc`` and serves until the bridge closes our stdin (it died), or sends
SIGTERM/SIGINT; then it stops gracefully: health NOT_SERVING, in-flight hooks finish (up to
``grace`` seconds), the HTTP adapters shut down, the API channels close.

Every hook call must carry ``authorization: Bearer <MM_BRIDGE_TOKEN>``, as the bridge sends it.

With MM_BRIDGE_REMOTE set, :func:`serve` runs the plugin in remote mode instead (remote.py): in its
own container, registered with the bridge's sidecar, attached to a server and detached again.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import hmac
import logging
import os
import signal
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any, AsyncIterator, Awaitable, Callable, Dict, Iterator, List, Optional, Union

import grpc
import grpc.aio
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1._async import HealthServicer
from grpc_reflection.v1alpha import reflection, reflection_pb2

from ._gen import hooks_pb2
from .client import CHANNEL_OPTIONS
from .client_gen import APIClient, AsyncAPIClient
from .errors import AppError, GatewayTimeoutError
from .file_upload import serve_file_upload
from .hooks import HookBinding, HookSpec
from .hooks_gen import HOOKS
from .http_adapter import HTTPAdapter, serve_http
from .logging import setup_logging
from .plugin import Plugin

__all__ = ["PluginServer", "run", "serve"]

SERVICE = "mattermost.bridge.v1.PluginHooks"
REFLECTION_V1 = "grpc.reflection.v1.ServerReflection"

log = logging.getLogger("mattermost_plugin_bridge")


class _Abort(Exception):
    """A hook failed: how to end the call (raised out of the handler's try, then aborted)."""

    def __init__(self, code: grpc.StatusCode, details: str, trailers: Any = ()) -> None:
        super().__init__(details)
        self.code = code
        self.details = details
        self.trailers = trailers


NOT_ATTACHED = "not attached to a Mattermost server"


class PluginServer:
    """A running PluginHooks server for one plugin instance.

    ``token`` is the bearer token every hook call must carry; None refuses all hook calls (a remote
    plugin that no server runs right now). It may be changed while serving (:attr:`token`).
    """

    def __init__(self, plugin: Plugin, *, token: Optional[str], grace: float = 5.0) -> None:
        self.plugin = plugin
        self.grace = grace
        self._token: Optional[str] = None
        self.token = token
        self._executor = ThreadPoolExecutor(max_workers=plugin.max_workers, thread_name_prefix="hook")
        self._server: Optional[grpc.aio.Server] = None
        self._health = HealthServicer()
        self._adapters: List[HTTPAdapter] = [a for a in (plugin.http, plugin.metrics) if a is not None]
        self.port = 0
        self._busy = 0
        self._busy_lock = threading.Lock()

    @property
    def token(self) -> Optional[str]:
        """The token hook calls must carry, or None: every hook call is refused (not attached)."""
        return None if self._token is None else self._token[len("Bearer ") :]

    @token.setter
    def token(self, token: Optional[str]) -> None:
        self._token = None if token is None else f"Bearer {token}"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        """Starts serving; returns the bound port."""
        for adapter in self._adapters:
            await adapter.startup(self._executor)
        server = grpc.aio.server(options=CHANNEL_OPTIONS)
        server.add_generic_rpc_handlers((self._hooks_handler(),))
        health_pb2_grpc.add_HealthServicer_to_server(self._health, server)
        names = (SERVICE, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name, reflection.SERVICE_NAME)
        reflection.enable_server_reflection(names, server)
        server.add_generic_rpc_handlers((_reflection_v1(names),))
        self.port = server.add_insecure_port(f"{host}:{port}")
        await server.start()
        self._server = server
        for name in ("", SERVICE):
            await self._health.set(name, health_pb2.HealthCheckResponse.SERVING)
        return self.port

    async def stop(self) -> None:
        """Graceful stop: refuse new calls, let running ones finish (up to ``grace`` s), shut down."""
        server, self._server = self._server, None
        if server is None:
            return
        await self._health.enter_graceful_shutdown()
        await server.stop(self.grace)
        for adapter in self._adapters:
            try:
                await adapter.shutdown()
            except Exception:
                log.exception("an HTTP adapter failed to shut down")
        self._executor.shutdown(wait=False, cancel_futures=True)

    # ---- PluginHooks ----

    def _hooks_handler(self) -> grpc.GenericRpcHandler:
        handlers: Dict[str, grpc.RpcMethodHandler[Any, Any]] = {
            "Implemented": grpc.unary_unary_rpc_method_handler(
                self._implemented,
                request_deserializer=hooks_pb2.ImplementedRequest.FromString,
                response_serializer=hooks_pb2.ImplementedResponse.SerializeToString,
            )
        }
        bindings = type(self.plugin).__hooks__
        for name, spec in HOOKS.items():
            binding = bindings.get(name)
            if spec.kind == "unary":
                handlers[name] = grpc.unary_unary_rpc_method_handler(
                    self._unary(spec, binding),
                    request_deserializer=spec.request.FromString,
                    response_serializer=spec.response.SerializeToString,
                )
            else:
                handlers[name] = grpc.stream_stream_rpc_method_handler(
                    self._streaming(spec, binding),
                    request_deserializer=spec.request.FromString,
                    response_serializer=spec.response.SerializeToString,
                )
        return grpc.method_handlers_generic_handler(SERVICE, handlers)

    async def _authorize(self, context: grpc.aio.ServicerContext[Any, Any]) -> None:
        want = self._token
        if want is None:
            await context.abort(
                grpc.StatusCode.UNAUTHENTICATED,
                f"{NOT_ATTACHED}: hooks are refused until the bridge's sidecar attaches this remote plugin",
            )
        got = next((v for k, v in context.invocation_metadata() or () if k == "authorization"), "")
        if not isinstance(got, str) or not hmac.compare_digest(got.encode(), want.encode()):
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "hooks may only be called by the bridge")

    async def _implemented(
        self, _request: hooks_pb2.ImplementedRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> hooks_pb2.ImplementedResponse:
        await self._authorize(context)
        return hooks_pb2.ImplementedResponse(hooks=self.plugin.implemented())

    def _timeout(self, binding: HookBinding, context: grpc.aio.ServicerContext[Any, Any]) -> Optional[float]:
        mine = binding.timeout if binding.timeout is not None else self.plugin.hook_timeout
        remaining = context.time_remaining()
        if mine is None:
            return remaining
        return mine if remaining is None else min(mine, remaining)

    def _unary(
        self, spec: HookSpec, binding: Optional[HookBinding]
    ) -> Callable[[Any, grpc.aio.ServicerContext[Any, Any]], Awaitable[Any]]:
        async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            await self._authorize(context)
            if binding is None:
                await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"hook {spec.name} is not implemented")
            try:
                return await self._call(spec, binding, context, request)
            except _Abort as a:
                await context.abort(a.code, a.details, trailing_metadata=a.trailers)

        return handle

    async def _call(
        self, spec: HookSpec, binding: HookBinding, context: grpc.aio.ServicerContext[Any, Any], request: Any
    ) -> Any:
        fn = getattr(self.plugin, binding.attr)
        timeout = self._timeout(binding, context)
        work: Union["asyncio.Future[Any]", Awaitable[Any]]
        if binding.is_async:
            work = fn(request)
        else:
            work = self._in_thread(fn, request)
        try:
            result = await (asyncio.wait_for(work, timeout) if timeout is not None else work)
        except asyncio.TimeoutError:
            raise self._timed_out(spec, timeout) from None
        except AppError as e:
            raise _Abort(e.grpc_code(), e.grpc_details(), e.trailing_metadata()) from e
        except Exception as e:
            log.exception("hook %s failed", spec.name, extra={"hook": spec.name})
            raise _Abort(grpc.StatusCode.UNKNOWN, f"{type(e).__name__}: {e}") from e
        if result is None:
            return spec.response()
        if not isinstance(result, spec.response):
            log.error("hook %s returned %s, not %s or None", spec.name, type(result).__name__, spec.response.__name__)
            raise _Abort(
                grpc.StatusCode.INTERNAL,
                f"hook {spec.name} returned {type(result).__name__}, not {spec.response.__name__}",
            )
        return result

    @property
    def busy_threads(self) -> int:
        """Plain handlers running in worker threads right now."""
        return self._busy

    def _in_thread(self, fn: Callable[..., Any], *args: Any) -> "asyncio.Future[Any]":
        ctx = contextvars.copy_context()
        return asyncio.get_running_loop().run_in_executor(self._executor, ctx.run, self._counting(fn), *args)

    def _timed_out(self, spec: HookSpec, timeout: Optional[float]) -> _Abort:
        log.warning("hook %s timed out after %.3g s", spec.name, timeout or 0, extra={"hook": spec.name})
        err = GatewayTimeoutError(
            "mattermost_plugin_bridge.hook_timeout",
            f"The plugin's {spec.name} hook did not finish in time.",
            detailed_error=f"timed out after {timeout:.3g} s" if timeout is not None else "",
            where=spec.name,
        )
        return _Abort(err.grpc_code(), err.grpc_details(), err.trailing_metadata())

    def _streaming(
        self, spec: HookSpec, binding: Optional[HookBinding]
    ) -> Callable[[AsyncIterator[Any], grpc.aio.ServicerContext[Any, Any]], Awaitable[None]]:
        async def handle(requests: AsyncIterator[Any], context: grpc.aio.ServicerContext[Any, Any]) -> None:
            await self._authorize(context)
            if spec.kind == "http":
                adapter = self.plugin.http if spec.name == "ServeHTTP" else self.plugin.metrics
                if adapter is None:
                    await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"hook {spec.name} is not implemented")
                try:
                    await serve_http(adapter, requests, context.write, spec.response)  # type: ignore[arg-type]
                except Exception as e:  # logged by serve_http; the head was sent: end the stream
                    await context.abort(grpc.StatusCode.UNKNOWN, f"{type(e).__name__}: {e}")
                return
            if binding is None:
                await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"hook {spec.name} is not implemented")
            try:
                await self._file_upload(spec, binding, requests, context)
            except _Abort as a:
                await context.abort(a.code, a.details, trailing_metadata=a.trailers)

        return handle

    async def _file_upload(
        self,
        spec: HookSpec,
        binding: HookBinding,
        requests: AsyncIterator[Any],
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> None:
        fn = getattr(self.plugin, binding.attr)
        timeout = self._timeout(binding, context)
        try:
            await serve_file_upload(
                fn if binding.is_async else self._counting(fn), binding.is_async, requests, context, self._executor, timeout
            )
        except asyncio.TimeoutError:
            raise self._timed_out(spec, timeout) from None
        except AppError as e:
            raise _Abort(e.grpc_code(), e.grpc_details(), e.trailing_metadata()) from e
        except Exception as e:
            log.exception("hook %s failed", spec.name, extra={"hook": spec.name})
            raise _Abort(grpc.StatusCode.UNKNOWN, f"{type(e).__name__}: {e}") from e

    def _counting(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any) -> Any:
            with self._busy_lock:
                self._busy += 1
            try:
                return fn(*args)
            finally:
                with self._busy_lock:
                    self._busy -= 1

        return counted


def _reflection_v1(names: Any) -> grpc.GenericRpcHandler:
    """grpc.reflection.v1 beside v1alpha: the same messages on the wire, only the service name differs."""
    servicer = reflection.aio.ReflectionServicer(names)
    return grpc.method_handlers_generic_handler(
        REFLECTION_V1,
        {
            "ServerReflectionInfo": grpc.stream_stream_rpc_method_handler(
                servicer.ServerReflectionInfo,
                request_deserializer=reflection_pb2.ServerReflectionRequest.FromString,
                response_serializer=reflection_pb2.ServerReflectionResponse.SerializeToString,
            )
        },
    )


def _watch_stdin(stdin: IO[bytes], on_eof: Callable[[], None]) -> None:
    """Calls on_eof (from a daemon thread) when stdin closes: the bridge that started us is gone."""

    def watch() -> None:
        try:
            fd = stdin.fileno()
            while os.read(fd, 4096):
                pass
        except (OSError, ValueError):
            pass
        on_eof()

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


@contextlib.contextmanager
def stop_on_signals(stopping: asyncio.Event) -> Iterator[None]:
    """Sets ``stopping`` on SIGTERM/SIGINT while in the block (where the loop can: the main thread)."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stopping.set)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or Windows
            pass
    try:
        yield
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.remove_signal_handler(sig)
            except (NotImplementedError, RuntimeError, ValueError):
                pass


async def serve(
    plugin: Plugin,
    *,
    env: Optional[Dict[str, str]] = None,
    stdin: Optional[IO[bytes]] = None,
    stdout: Optional[IO[str]] = None,
    grace: float = 5.0,
) -> PluginServer:
    """Serves ``plugin`` until stdin closes or SIGTERM/SIGINT; returns the stopped server.

    With MM_BRIDGE_REMOTE set: remote mode (see remote.serve_remote), stdin and stdout unused.
    """
    e = dict(os.environ if env is None else env)
    if e.get("MM_BRIDGE_REMOTE"):
        from .remote import serve_remote

        return await serve_remote(plugin, env=e, grace=grace)
    target, token, plugin_id = (e.get(k, "") for k in ("MM_BRIDGE_API_TARGET", "MM_BRIDGE_TOKEN", "MM_BRIDGE_PLUGIN_ID"))
    if not target or not token:
        raise RuntimeError("MM_BRIDGE_API_TARGET and MM_BRIDGE_TOKEN are not set: this program is started by mm-bridge")
    api = APIClient(target, token)
    async_api = AsyncAPIClient(target, token)
    plugin.bind(api=api, async_api=async_api, plugin_id=plugin_id)
    server = PluginServer(plugin, token=token, grace=grace)
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()

    def stop() -> None:
        loop.call_soon_threadsafe(stopping.set)

    with stop_on_signals(stopping):
        try:
            port = await server.start()
            out = stdout or sys.stdout
            out.write(f"1|1|tcp|127.0.0.1:{port}|grpc\n")
            out.flush()
            watched = stdin if stdin is not None else (sys.stdin.buffer if sys.stdin is not None else None)
            if watched is not None:
                _watch_stdin(watched, stop)
            log.debug("serving PluginHooks", extra={"port": port, "hooks": plugin.implemented()})
            await stopping.wait()
            log.debug("stopping")
        finally:
            await server.stop()
            api.close()
            await async_api.close()
    return server


def run(plugin: Plugin, *, log_level: Optional[str] = None, grace: float = 5.0) -> None:
    """The plugin's main: logging to the server log, serve() until the bridge stops us, exit 0.

    A hook still running in a worker thread after the grace period does not keep the process
    alive: the bridge is done with us, so we exit without waiting for it.
    """
    setup_logging(log_level)
    try:
        server = asyncio.run(serve(plugin, grace=grace))
    except KeyboardInterrupt:
        return
    except Exception as e:
        log.error("the plugin could not run: %s", e, exc_info=not isinstance(e, RuntimeError))
        sys.exit(1)
    if server.busy_threads:
        log.warning("exiting with %d hook(s) still running in worker threads", server.busy_threads)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
