"""Issue 10.8: a mutation test of the *inner* archive of a signed, encrypted bundle. Anyone can
encrypt a file to a node (its recipient is public), and the sender's signature covers only the
manifest, so the zip around it is hostile input. Every mutant (a member that claims an
unsupported compression method or an encryption or "patched data" flag, altered names and
sizes, random bytes in the zip's headers and directory) is imported through the command line:
each is refused or applied, none ends in a traceback, every refusal is a sentence a user can
pass on, and a refused bundle changes nothing."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import pytest
from security_support import node_keys
from test_sync_support import dump
from trust_support import cli, cli_json, join, sql

from desktop_app.security import crypto

LOCAL = b"PK\x03\x04"
CENTRAL = b"PK\x01\x02"


@pytest.fixture(scope="module")
def inner(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """(the office's data folder, the decrypted zip of a real bundle HQ wrote for it)."""
    root = tmp_path_factory.mktemp("mutations")
    hq, office = root / "hq", root / "office"
    assert cli(hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    assert cli(hq, "demo")[0] == 0
    invite = root / "office.invite"
    assert (
        cli(hq, "invite", "--name", "Office", "--role", "coordinator", "--out", str(invite))[0] == 0
    )
    join(hq, office, invite)
    bundle = root / "first.pdsync"
    assert cli(hq, "sync", "export", "--to", "Office", "--out", str(bundle))[0] == 0
    return office, node_keys(office).decrypt(bundle.read_bytes())


def _offsets(data: bytes, signature: bytes) -> list[int]:
    found, start = [], 0
    while (index := data.find(signature, start)) != -1:
        found.append(index)
        start = index + 1
    return found


def _patch(data: bytes, name: str, *, local: int, central: int, value: int, size: int = 2) -> bytes:
    """Set a header field of member ``name`` in its local header and its directory entry."""
    buffer = bytearray(data)
    fmt = "<H" if size == 2 else "<I"
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    struct.pack_into(fmt, buffer, info.header_offset + local, value)
    for offset in _offsets(data, CENTRAL):
        length = struct.unpack_from("<H", data, offset + 28)[0]
        if data[offset + 46 : offset + 46 + length] == name.encode():
            struct.pack_into(fmt, buffer, offset + central, value)
    return bytes(buffer)


def _structured(data: bytes) -> list[tuple[str, bytes]]:
    mutants = []
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    for name in names:
        for method in (1, 6, 9, 12, 14, 93, 95, 98, 99):
            mutants.append(
                (f"{name} method {method}", _patch(data, name, local=8, central=10, value=method))
            )
        info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
        for bit in (0x1, 0x20, 0x40, 0x800):
            flags = info.flag_bits | bit
            mutants.append(
                (f"{name} flag {bit:#x}", _patch(data, name, local=6, central=8, value=flags))
            )
        for field, local, central in (("compressed size", 18, 20), ("size", 22, 24)):
            for value in (0, 1, 0xFFFFFFFF, info.file_size * 1000 + 7):
                mutants.append(
                    (
                        f"{name} {field} {value}",
                        _patch(data, name, local=local, central=central, value=value, size=4),
                    )
                )
    for old, new in (
        (b"acks.json", b"acks.jsoX"),
        (b"changes.jsonl", b"../hanges.jl"),
        (b"manifest.json", b"manifest.jsoN"),
    ):
        mutants.append((f"name {new!r}", data.replace(old, new)))
    return mutants


def _random(data: bytes, count: int) -> list[tuple[str, bytes]]:
    """Random bytes in the headers and the directory (the members' contents are covered by
    their checksums)."""
    rng = random.Random(10)
    headers = []
    for offset in _offsets(data, LOCAL) + _offsets(data, CENTRAL):
        headers.extend(range(offset, offset + 46))
    headers.extend(range(data.rfind(b"PK\x05\x06"), len(data)))
    headers = [h for h in headers if h < len(data)]
    mutants = []
    for number in range(count):
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 3)):
            buffer[rng.choice(headers)] = rng.randrange(256)
        mutants.append((f"random {number}", bytes(buffer)))
    return mutants


def test_no_mutant_of_the_inner_archive_ends_in_a_traceback(
    inner: tuple[Path, bytes], tmp_path: Path
) -> None:
    office, data = inner
    recipient = node_keys(office).public.age_recipient
    before = dump(office, with_log=True)
    mutants = _structured(data) + _random(data, 80)
    outcomes: dict[str, int] = {}
    for label, mutant in mutants:
        bundle = tmp_path / "mutant.pdsync"
        bundle.write_bytes(crypto.encrypt(mutant, [recipient]))
        report = cli_json(office, "sync", "import", "--json", "--dry-run", str(bundle))["bundles"][
            0
        ]
        outcomes[report["status"]] = outcomes.get(report["status"], 0) + 1
        if report["status"] == "rejected":
            message = report["message"]
            assert "Traceback" not in message and "Error" not in message.split(".")[0], (
                label,
                message,
            )
            assert message.endswith(".") and "Nothing was imported" in message, (label, message)
            assert dump(office, with_log=True) == before, label
    assert outcomes.get("rejected", 0) >= len(_structured(data)) - 10, outcomes


@pytest.mark.parametrize(("method", "flag"), [(99, 0), (12, 0), (8, 0x20), (8, 0x1)])
def test_unsupported_methods_and_flags_are_refused_in_words(
    inner: tuple[Path, bytes], tmp_path: Path, method: int, flag: int
) -> None:
    office, data = inner
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("changes.jsonl")
    mutant = _patch(data, "changes.jsonl", local=8, central=10, value=method)
    if flag:
        mutant = _patch(mutant, "changes.jsonl", local=6, central=8, value=info.flag_bits | flag)
    bundle = tmp_path / "crafted.pdsync"
    bundle.write_bytes(crypto.encrypt(mutant, [node_keys(office).public.age_recipient]))
    code, out = cli(office, "sync", "import", str(bundle))
    assert code == 1, out
    assert "'changes.jsonl'" in out and ("PartnerDesk does not use" in out or "never" in out), out
    assert sql(office.parent, "office", "SELECT count(*) FROM sync_changes") is not None
