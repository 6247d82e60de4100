"""A throwaway PostgreSQL server for tests: Debian's binaries (installed by scripts/test.sh), a fresh data
folder, its own non-root user when the tests run as root, listening on 127.0.0.1 only; stopped afterwards."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

USER = "lararpg"


def _bindir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run the tests with `bash scripts/test.sh`, which installs it")
    return os.path.dirname(found[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server; yield its SQLAlchemy URL; stop it and remove its files."""
    bindir = _bindir()
    prefix: list[str] = []
    datadir = tempfile.mkdtemp(prefix="lararresurser-pg-")
    if os.geteuid() == 0:
        if subprocess.run(["id", USER], capture_output=True).returncode != 0:
            subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
                           check=True)
        shutil.chown(datadir, USER, USER)
        prefix = ["runuser", "-u", USER, "--"]
    os.chmod(datadir, 0o700)
    port = _free_port()
    log = os.path.join(datadir, "server.log")
    subprocess.run([*prefix, f"{bindir}/initdb", "-D", f"{datadir}/data", "-A", "trust", "-U", "postgres",
                    "--no-sync", "-E", "UTF8"], check=True, capture_output=True)
    subprocess.run([*prefix, f"{bindir}/pg_ctl", "-D", f"{datadir}/data", "-l", log, "-w", "-t", "60", "-o",
                    f"-p {port} -k {datadir} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, f"{bindir}/pg_ctl", "-D", f"{datadir}/data", "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(datadir, ignore_errors=True)
