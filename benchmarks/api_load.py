"""API load: read throughput and latency of the HTTP API over a synthetic store.

Builds ``--calls`` synthetic calls (``--utterances-per-call`` utterances each) directly as Arrow
tables that match :data:`convo.schema.CALLS` / :data:`convo.schema.UTTERANCES` (vectorised with
numpy: varied channels, queues, agents, customers, start times over 90 days, ops fields), loads
them with :func:`convo.store.ingest.load_tables` for one tenant (and writes the run's Parquet files
under the tenant folder, as ``convo ingest`` would), creates a ``manager`` key, then serves
``create_app(Settings(data_dir=..., background_workers=False))`` with uvicorn in a child process
on 127.0.0.1 only, waits for ``/health`` and drives, one after the other, for ``--seconds`` each:

``calls_by_id``  ``GET /v1/calls/{call_id}`` with a uniformly random existing id (every read is
                 audited: one write transaction per request)
``friction``     ``GET /v1/insights/friction`` (an aggregate over all the tenant's calls)

with ``--clients`` concurrent clients (asyncio + ``httpx.AsyncClient``, keep-alive, one connection
per client) after a short warm-up, then stops the server. It never talks to anything but
127.0.0.1 and stops by itself (time-bounded loops; the server is terminated, and exits by itself
if this process dies).

Output: ``#`` lines with the settings and the build figures, then one line per route::

    route=calls_by_id requests=... rps=... p50_ms=... p99_ms=... errors=...

``errors`` counts non-200 answers and transport errors. Client and server share the machine's
cores; ``# cpu`` lines give the CPU seconds each side used during the route's run, and what the
rest of the machine used meanwhile (a large ``other_cpu_s`` marks a noisy run).

Example:
    /usr/bin/time -v python benchmarks/api_load.py --calls 100000 --clients 16 --seconds 15
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from convo.schema import CALLS, CHANNELS, UTTERANCES

HOST = "127.0.0.1"  # loopback only, never configurable
TENANT = "acme"
RUN_ID = "synthetic-load"

SENTENCES_CUSTOMER = [
    "My parcel has not arrived yet.", "I was charged twice this month.", "I cannot log in to my account.",
    "Can you tell me when the engineer is coming?", "I want to cancel my subscription.",
    "The app keeps crashing when I pay.", "Thanks, that solved it.", "This is the third time I am calling about this.",
]
SENTENCES_AGENT = [
    "Sorry about that, let me check the tracking.", "I can see the duplicate payment, I will refund it.",
    "I have reset your password, please try again.", "Let me put you on hold for a moment.",
    "I am transferring you to the right team.", "Is there anything else I can help with?",
    "I have escalated this to my supervisor.", "Thank you for your patience.",
]


def _ids(prefix: str, numbers: np.ndarray, width: int) -> pa.Array:
    return pa.array(np.char.add(prefix, np.char.zfill(numbers.astype(str), width)).astype(object), pa.string())


def build_tables(n_calls: int, utts_per_call: int, seed: int = 0) -> tuple[pa.Table, pa.Table]:
    """``n_calls`` synthetic calls and their utterances, exactly in the published schemas."""
    rng = np.random.default_rng(seed)
    n, u = n_calls, utts_per_call
    call_id = _ids("call-", np.arange(n), 7)
    channel_idx = rng.choice(len(CHANNELS), n, p=[0.55, 0.3, 0.1, 0.05])
    voice = channel_idx == CHANNELS.index("voice")
    start_us = np.datetime64("2024-03-01T00:00:00", "us").astype(np.int64) + rng.integers(0, 90 * 86_400 * 10**6, n)
    queues = np.array(["billing", "support", "sales", "retention", "tech-l1", "tech-l2", "returns", "delivery",
                       "fraud", "onboarding", "vip", "general"], dtype=object)
    languages = np.array(["en", "de", "fr", "es"], dtype=object)

    # Utterances: alternating speakers, customer first; contiguous turns with small gaps.
    turn = np.tile(np.arange(u, dtype=np.int32), n)
    speaker = np.where(turn % 2 == 0, "customer", "agent").astype(object)
    length = rng.gamma(2.0, 2.5, n * u) + 0.5
    gap = rng.exponential(0.6, n * u)
    end = np.cumsum(length + gap).reshape(n, u)
    end -= (end[:, :1] - length.reshape(n, u)[:, :1])  # each call's first turn starts at 0 s
    end = end.reshape(-1)
    start = end - length
    sentence = rng.integers(0, len(SENTENCES_CUSTOMER), n * u)
    text = np.where(turn % 2 == 0, np.array(SENTENCES_CUSTOMER, dtype=object)[sentence],
                    np.array(SENTENCES_AGENT, dtype=object)[sentence])
    utt_call_id = pc.take(call_id, pa.array(np.repeat(np.arange(n), u)))
    turn_str = pa.array(np.char.zfill(turn.astype(str), 4).astype(object), pa.string())
    utterances = pa.table({
        "call_id": utt_call_id,
        "utterance_id": pc.binary_join_element_wise(utt_call_id, turn_str, "#"),
        "turn_index": turn,
        "speaker": pa.array(speaker, pa.string()),
        "channel_index": pa.array(np.where(np.repeat(voice, u), (turn % 2).astype(np.int8), 0).astype(np.int8)),
        "start_s": start,
        "end_s": end,
        "text": pa.array(text, pa.string()),
        "words": pa.nulls(n * u, UTTERANCES.field("words").type),
        "asr_confidence": pa.array(np.where(np.repeat(voice, u), rng.uniform(0.6, 1.0, n * u), np.nan).astype(np.float32),
                                   from_pandas=True),
        "overlap_s": rng.exponential(0.05, n * u).astype(np.float32),
        "redactions": pa.nulls(n * u, UTTERANCES.field("redactions").type),
    }, schema=UTTERANCES)

    regions = np.array(["eu", "us", "apac"], dtype=object)
    metadata = pa.MapArray.from_arrays(pa.array(np.arange(n + 1, dtype=np.int32)), pa.array(["region"] * n, pa.string()),
                                       pa.array(regions[rng.integers(0, 3, n)], pa.string()))
    duration = end.reshape(n, u)[:, -1]
    calls = pa.table({
        "call_id": call_id,
        "source_path": pc.binary_join_element_wise("synthetic://", call_id, ""),
        "source_sha256": pa.nulls(n, pa.string()),
        "source_kind": pa.array(np.where(voice, "audio", "transcript").astype(object), pa.string()),
        "channel": pa.array(np.array(CHANNELS, dtype=object)[channel_idx], pa.string()),
        "started_at": pa.array(start_us, pa.timestamp("us", tz="UTC")),
        "queue": pa.array(queues[rng.integers(0, len(queues), n)], pa.string()),
        "agent_id": _ids("agent-", rng.integers(0, 250, n), 3),
        "customer_id": _ids("cust-", rng.integers(0, max(1, n // 3), n), 7),
        "wait_time_s": rng.exponential(45.0, n),
        "hold_time_s": rng.exponential(20.0, n),
        "hold_count": rng.poisson(0.6, n).astype(np.int32),
        "transfer_count": rng.poisson(0.3, n).astype(np.int32),
        "handle_time_s": duration + rng.exponential(30.0, n),
        "escalated": rng.random(n) < 0.08,
        "resolved": rng.random(n) < 0.8,
        "metadata": metadata,
        "duration_s": duration,
        "audio_channels": pa.array(np.where(voice, 2, 0).astype(np.int8), mask=~voice),
        "sample_rate_hz": pa.array(np.where(voice, 8000, 0).astype(np.int32), mask=~voice),
        "language": pa.array(languages[rng.choice(4, n, p=[0.7, 0.1, 0.1, 0.1])], pa.string()),
        "language_probability": rng.uniform(0.8, 1.0, n).astype(np.float32),
        "n_utterances": np.full(n, u, dtype=np.int32),
        "status": pa.array(["ok"] * n, pa.string()),
        "pipeline_version": pa.array(["0.1.0"] * n, pa.string()),
        "asr_model": pa.array(np.where(voice, "tiny.en", None), pa.string()),
    }, schema=CALLS)
    return calls, utterances


def build_store(data_dir: Path, n_calls: int, utts_per_call: int) -> tuple[str, dict[str, float]]:
    """Generate, write Parquet, load into the store; return a manager key and timings."""
    from convo.store.db import Store
    from convo.store.ingest import load_tables
    from convo.store.keys import create_key

    times: dict[str, float] = {}
    clock = time.perf_counter()
    calls, utterances = build_tables(n_calls, utts_per_call)
    times["generate_s"] = time.perf_counter() - clock

    clock = time.perf_counter()
    store = Store.open(data_dir)
    try:
        store.ensure_tenant(TENANT)
        run_dir = store.tenant_dir(TENANT) / "runs" / RUN_ID
        run_dir.mkdir(parents=True, exist_ok=True)
        pq.write_table(calls, run_dir / "calls.parquet", compression="zstd")
        pq.write_table(utterances, run_dir / "utterances.parquet", compression="zstd")
        times["parquet_s"] = time.perf_counter() - clock

        clock = time.perf_counter()
        load_tables(store, TENANT, RUN_ID, calls, utterances)
        times["load_s"] = time.perf_counter() - clock
        _, key = create_key(store, TENANT, "manager")
    finally:
        store.close()  # the server process opens the file; DuckDB allows one process at a time
    return key, times


# --- server (child process) ---------------------------------------------------------------------


def _serve(data_dir: str, port: int, parent: int) -> None:
    import uvicorn

    from convo.api.app import create_app
    from convo.api.settings import Settings

    def watchdog() -> None:  # never outlive the benchmark
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watchdog, daemon=True).start()
    app = create_app(Settings(data_dir=Path(data_dir), host=HOST, port=port, background_workers=False))
    uvicorn.run(app, host=HOST, port=port, log_level="warning", access_log=False)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _wait_healthy(port: int, proc: subprocess.Popen, timeout_s: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode} before it was healthy")
        try:
            if httpx.get(f"http://{HOST}:{port}/health", timeout=1.0, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"server not healthy after {timeout_s:.0f} s")


def _proc_cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def _busy_cpu_s() -> float:
    """CPU seconds all processes of the machine used so far (to spot other work during a run)."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        return (sum(values[:8]) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def _proc_peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


# --- clients ------------------------------------------------------------------------------------


async def _drive(base: str, key: str, path_for, clients: int, seconds: float, warmup_s: float) -> tuple[list[float], int, float, int]:
    """Run ``clients`` closed-loop clients for ``seconds`` (after ``warmup_s``).

    Returns the measured latencies (s), errors, measured wall seconds and the warm-up request count.
    """
    import httpx

    headers = {"Authorization": f"Bearer {key}"}
    latencies: list[float] = []
    errors = warm = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    # trust_env=False: no proxy from the environment, the requests go straight to 127.0.0.1
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=30.0, trust_env=False) as client:

        async def one(rng: np.random.Generator, until: float, record: bool) -> None:
            nonlocal errors, warm
            while True:
                started = time.perf_counter()
                if started >= until:
                    return
                try:
                    response = await client.get(path_for(rng))
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                if record:
                    latencies.append(time.perf_counter() - started)
                    errors += not ok
                else:
                    warm += 1

        until = time.perf_counter() + warmup_s
        await asyncio.gather(*(one(np.random.default_rng(1000 + i), until, False) for i in range(clients)))
        started = time.perf_counter()
        until = started + seconds
        await asyncio.gather(*(one(np.random.default_rng(i), until, True) for i in range(clients)))
        wall = time.perf_counter() - started
    return latencies, errors, wall, warm


_WRK_LUA = """
math.randomseed(42)
request = function()
  local path = "%s"
  if path == "BY_ID" then path = string.format("/v1/calls/call-%%07d", math.random(0, %d - 1)) end
  return wrk.format("GET", path, {["Authorization"] = "Bearer %s"})
end
"""


def _wrk(base: str, key: str, route: str, n_calls: int, clients: int, seconds: float) -> str:
    """Drive one route with wrk (bounded: -d seconds, loopback only); return the result line."""
    path = {"calls_by_id": "BY_ID", "friction": "/v1/insights/friction", "health": "/health"}[route]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_WRK_LUA % (path, n_calls, key))
    try:
        out = subprocess.run(["wrk", "-t1", f"-c{clients}", f"-d{int(seconds)}s", "--latency", "-s", script.name, base],
                             capture_output=True, text=True, timeout=seconds + 30).stdout
    finally:
        os.unlink(script.name)
    def grab(pattern: str) -> float:
        m = re.search(pattern, out)
        if not m:
            return float("nan")
        value, unit = float(m.group(1)), (m.group(2) if m.lastindex and m.lastindex > 1 else "")
        return value * {"us": 0.001, "ms": 1.0, "s": 1000.0}.get(unit, 1.0)
    requests = int(grab(r"(\d+) requests in"))
    errors = int(grab(r"Non-2xx or 3xx responses: (\d+)")) if "Non-2xx" in out else 0
    rps = grab(r"Requests/sec:\s+([\d.]+)")
    p50, p99 = grab(r"50%\s+([\d.]+)(us|ms|s)"), grab(r"99%\s+([\d.]+)(us|ms|s)")
    return f"route={route} client=wrk requests={requests} rps={rps:.1f} p50_ms={p50:.2f} p99_ms={p99:.2f} errors={errors}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--utterances-per-call", type=int, default=8)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=15.0, help="measured seconds per route (at most 600)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds per route before measuring")
    parser.add_argument("--routes", default="calls_by_id,friction", help="comma-separated, in order: calls_by_id, friction, health (the unauthenticated "
                        "/health route: the HTTP stack's ceiling on this machine)")
    parser.add_argument("--port", type=int, default=0, help="127.0.0.1 port for the server; 0 picks a free one")
    parser.add_argument("--data-dir", type=Path, default=None, help="build the store here and keep it (default: a temp dir, removed)")
    parser.add_argument("--client", choices=("auto", "wrk", "httpx"), default="auto",
                        help="load generator: wrk (C, leaves the CPU to the server; Debian package 'wrk') or httpx; auto = wrk when installed")
    parser.add_argument("--serve", nargs=3, metavar=("DATA_DIR", "PORT", "PARENT_PID"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        _serve(args.serve[0], int(args.serve[1]), int(args.serve[2]))
        return 0
    if args.calls < 1 or args.utterances_per_call < 1 or args.clients < 1 or not 0 < args.seconds <= 600:
        parser.error("--calls, --utterances-per-call, --clients must be >= 1 and --seconds in (0, 600]")

    unknown = set(args.routes.split(",")) - {"calls_by_id", "friction", "health"}
    if unknown:
        parser.error(f"unknown routes {sorted(unknown)}; expected some of: calls_by_id, friction, health")
    tmp = None
    if args.data_dir is None:
        tmp = tempfile.mkdtemp(prefix="convo-api-load-")
        data_dir = Path(tmp) / "data"
    else:
        data_dir = args.data_dir
        if data_dir.exists() and any(data_dir.iterdir()):
            parser.error(f"--data-dir {data_dir} is not empty")
    proc: subprocess.Popen | None = None
    try:
        clock = time.perf_counter()
        key, times = build_store(data_dir, args.calls, args.utterances_per_call)
        build_s = time.perf_counter() - clock
        db_mb = (data_dir / "convo.duckdb").stat().st_size / 2**20
        print(f"# calls={args.calls} utterances={args.calls * args.utterances_per_call} clients={args.clients} "
              f"seconds={args.seconds:g} warmup={args.warmup:g} cores={os.cpu_count()}")
        print(f"# build_s={build_s:.2f} generate_s={times['generate_s']:.2f} parquet_s={times['parquet_s']:.2f} "
              f"load_s={times['load_s']:.2f} duckdb_mb={db_mb:.0f} "
              f"peak_rss_mb_builder={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", flush=True)

        port = args.port or _free_port()
        proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--serve", str(data_dir), str(port), str(os.getpid())])
        clock = time.perf_counter()
        _wait_healthy(port, proc)
        print(f"# server pid={proc.pid} http://{HOST}:{port} ready_s={time.perf_counter() - clock:.2f}", flush=True)

        n = args.calls
        routes = {
            "calls_by_id": lambda rng: f"/v1/calls/call-{int(rng.integers(0, n)):07d}",
            "friction": lambda rng: "/v1/insights/friction",
            "health": lambda rng: "/health",  # no auth, no store: the framework's own ceiling
        }
        use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
        for name in args.routes.split(",") if use_wrk else []:
            print(_wrk(f"http://{HOST}:{port}", key, name, n, args.clients, args.seconds), flush=True)
        for name in [] if use_wrk else args.routes.split(","):
            path_for = routes[name]
            server_cpu, client_cpu, busy = _proc_cpu_s(proc.pid), time.process_time(), _busy_cpu_s()
            latencies, errors, wall, warm = asyncio.run(_drive(f"http://{HOST}:{port}", key, path_for, args.clients,
                                                         args.seconds, args.warmup))
            server_cpu = _proc_cpu_s(proc.pid) - server_cpu
            client_cpu = time.process_time() - client_cpu
            other_cpu = _busy_cpu_s() - busy - server_cpu - client_cpu
            lat_ms = np.array(latencies) * 1000 if latencies else np.array([float("nan")])
            served = len(latencies) + warm
            print(f"# cpu route={name} server_cpu_s={server_cpu:.1f} server_cpu_ms_per_req={1000 * server_cpu / max(served, 1):.2f} "
                  f"client_cpu_s={client_cpu:.1f} "
                  f"other_cpu_s={other_cpu:.1f} (incl. warm-up; other = the rest of the machine)")
            print(f"route={name} requests={len(latencies)} rps={len(latencies) / wall:.1f} "
                  f"p50_ms={np.percentile(lat_ms, 50):.2f} p99_ms={np.percentile(lat_ms, 99):.2f} errors={errors}", flush=True)
        print(f"# peak_rss_mb_server={_proc_peak_rss_mb(proc.pid):.0f}")
    finally:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
