"""A cluster of deploy/cluster.sh for tests: free ports on 127.0.0.1, a state folder of its own, `down` whatever
happens (the replicas' and PostgreSQL's logs are kept in test-artifacts/cluster/)."""

from __future__ import annotations

import csv
import io
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLUSTER = ROOT / "deploy" / "cluster.sh"
COOKIE = "LARARSERVER"  # deploy/haproxy.cfg's sticky-session cookie: r1, r2, …
NOTE = "Anslutningen till servern bröts"  # lib/i18n/session.py: the plain note of a fresh session after a loss


def free_ports(count: int) -> int:
    """A port P with P … P+count-1 all free on 127.0.0.1 (the balancer and the replicas)."""
    rng = random.Random()
    for _ in range(200):
        base = rng.randrange(20_000, 60_000)
        held: list[socket.socket] = []
        try:
            for port in range(base, base + count):
                s = socket.socket()
                held.append(s)
                s.bind(("127.0.0.1", port))
        except OSError:
            continue
        finally:
            for s in held:
                s.close()
        return base
    raise RuntimeError("no free ports")


@dataclass(frozen=True)
class Cluster:
    url: str
    state: Path
    database_url: str
    port: int
    run: Callable[..., subprocess.CompletedProcess]  # cluster.sh with these arguments and this state folder

    def pid(self, replica: int) -> int:
        return int((self.state / f"replica-{replica}.pid").read_text())

    def servers(self) -> dict[str, dict[str, str]]:
        """The balancer's view of its servers (HAProxy's `show stat` on the state folder's admin socket)."""
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(str(self.state / "haproxy.sock"))
            s.sendall(b"show stat\n")
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        rows = csv.DictReader(io.StringIO(data.decode().lstrip("# ")))
        return {row["svname"]: row for row in rows if row["pxname"] == "replicas"}

    def sessions(self) -> dict[str, int]:
        """Connections each replica has been given so far (HAProxy's stot)."""
        return {name: int(row["stot"]) for name, row in self.servers().items() if name.startswith("r")}


def command(state: Path) -> Callable[..., subprocess.CompletedProcess]:
    """cluster.sh with the given arguments on the state folder `state`. The Python that runs the tests already runs
    the app: cluster.sh uses it as it is (no install)."""
    env = {**os.environ, "LARARRESURSER_VENV": sys.prefix}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(CLUSTER), *args, "--state-dir", str(state)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=240)

    return run


@contextmanager
def running_cluster(replicas: int = 2) -> Iterator[Cluster]:
    """`cluster.sh up` on free ports in a new state folder; `cluster.sh down` and the folder removed afterwards."""
    state = Path(tempfile.mkdtemp(prefix="lararresurser-cluster-"))
    port = free_ports(replicas + 1)
    run = command(state)
    try:
        up = run("up", "--replicas", str(replicas), "--port", str(port))
        assert up.returncode == 0, up.stdout + up.stderr
        yield Cluster(f"http://127.0.0.1:{port}", state, (state / "database_url").read_text().strip(), port, run)
    finally:
        down = run("down")
        logs = ROOT / "test-artifacts" / "cluster"  # the replicas' and PostgreSQL's logs, kept for a failed run
        logs.mkdir(parents=True, exist_ok=True)
        for log in [*state.glob("replica-*.log"), state / "pg" / "server.log"]:
            if log.exists():
                shutil.copy(log, logs / log.name)
        for name in ("haproxy.pid", *(f"replica-{i}.pid" for i in range(1, replicas + 1))):
            assert not (state / name).exists(), f"{name} left after down: {down.stdout}{down.stderr}"
        shutil.rmtree(state, ignore_errors=True)




def cookie(replica: str) -> dict[str, str]:
    """The header that sends a visitor to `replica` ("r1", "r2", …) through the balancer."""
    return {"Cookie": f"{COOKIE}={replica}"}
