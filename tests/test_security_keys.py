"""Node keys: owner-only storage, fingerprints, plain Ed25519 signatures that openssl checks,
age encryption that the age tool decrypts, rotation and revocation records."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
import stat
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.security import crypto, keys, records
from desktop_app.security.errors import BadSignature, DecryptionFailed, KeyFilesError
from desktop_app.security.trust import TrustStore

NOW = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_keys_are_owner_only_and_load_back(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    made = keys.generate(folder, now=NOW)
    assert _mode(folder) == 0o700
    assert _mode(folder / keys.SIGNING) == 0o600
    assert _mode(folder / keys.IDENTITY) == 0o600
    loaded = keys.load(folder)
    assert loaded.public == made.public
    assert (folder / keys.IDENTITY).read_text().startswith("# created: 2026-11-22T01:00:00")
    with pytest.raises(KeyFilesError, match="not replaced"):
        keys.generate(folder)


@posix_only
def test_keys_readable_by_others_are_refused_with_the_fix(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    keys.generate(folder)
    (folder / keys.SIGNING).chmod(0o644)
    with pytest.raises(KeyFilesError, match=r"other users.*mode 0644.*chmod 700"):
        keys.load(folder)
    (folder / keys.SIGNING).chmod(0o600)
    folder.chmod(0o755)
    with pytest.raises(KeyFilesError, match="mode 0755"):
        keys.load(folder)


def test_missing_keys_say_where_they_belong(tmp_path: Path) -> None:
    with pytest.raises(KeyFilesError, match=r"no keys in .*partnerdesk init"):
        keys.load(tmp_path / "keys")


def test_fingerprint_is_short_stable_and_covers_both_keys(tmp_path: Path) -> None:
    public = keys.generate(tmp_path / "a").public
    other = keys.generate(tmp_path / "b").public
    code = public.fingerprint()
    assert re.fullmatch(r"([0-9A-F]{4}-){5}[0-9A-F]{4}", code)
    assert keys.PublicKeys.from_dict(public.as_dict()).fingerprint() == code
    assert keys.PublicKeys(public.signing_key, other.age_recipient).fingerprint() != code
    assert keys.PublicKeys(other.signing_key, public.age_recipient).fingerprint() != code


def test_sign_and_verify_raw_bytes(tmp_path: Path) -> None:
    node = keys.generate(tmp_path / "k")
    signature = node.sign(b"manifest")
    assert len(signature) == crypto.SIGNATURE_SIZE
    crypto.verify(node.public.signing_key, b"manifest", signature)
    with pytest.raises(BadSignature):
        crypto.verify(node.public.signing_key, b"manifest!", signature)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_our_signature(tmp_path: Path) -> None:
    node = keys.generate(tmp_path / "k")
    data = tmp_path / "manifest.json"
    data.write_bytes(b'{"sender": "x"}')
    (tmp_path / "manifest.sig").write_bytes(node.sign(data.read_bytes()))
    exported = tmp_path / "public"
    keys.export_public(tmp_path / "k", exported)
    command = [
        "openssl",
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        str(exported / keys.SIGNING_PUBLIC),
        "-rawin",
        "-in",
        str(data),
        "-sigfile",
        str(tmp_path / "manifest.sig"),
    ]
    ok = subprocess.run(command, capture_output=True, text=True)
    assert ok.returncode == 0 and "Signature Verified Successfully" in ok.stdout, ok
    data.write_bytes(b'{"sender": "y"}')
    assert subprocess.run(command, capture_output=True).returncode != 0


@pytest.mark.skipif(shutil.which("age") is None, reason="age is not installed")
def test_age_decrypts_for_each_recipient(tmp_path: Path) -> None:
    receiver = keys.generate(tmp_path / "receiver")
    escrow = keys.generate(tmp_path / "escrow")
    stranger = keys.generate(tmp_path / "stranger")
    sealed = tmp_path / "bundle.age"
    sealed.write_bytes(
        crypto.encrypt(b"payload", [receiver.public.age_recipient, escrow.public.age_recipient])
    )
    for who in ("receiver", "escrow"):
        identity = tmp_path / who / keys.IDENTITY
        result = subprocess.run(
            ["age", "-d", "-i", str(identity), str(sealed)], capture_output=True
        )
        assert result.returncode == 0 and result.stdout == b"payload", result
    refused = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "stranger" / keys.IDENTITY), str(sealed)],
        capture_output=True,
    )
    assert refused.returncode != 0
    with pytest.raises(DecryptionFailed) as caught:
        stranger.decrypt(sealed.read_bytes())
    assert caught.value.not_for_us


def test_rotation_keeps_the_old_identity_for_bundles_in_flight(tmp_path: Path) -> None:
    folder = tmp_path / "k"
    keys.generate(folder)
    in_flight = crypto.encrypt(b"old", [keys.load(folder).public.age_recipient])
    old, new = keys.rotate(folder, now=NOW)
    assert old.public != new.public
    assert keys.load(folder).public == new.public
    assert keys.load(folder).decrypt(in_flight) == b"old"
    record = records.rotation("node-1", old, new, NOW)
    assert records.verify_rotation(record, old.public) == new.public
    with pytest.raises(BadSignature):
        records.verify_rotation(record, new.public)
    forged = {**record, "new_keys": keys.generate(tmp_path / "x").public.as_dict()}
    with pytest.raises(BadSignature):
        records.verify_rotation(forged, old.public)


class Killed(BaseException):
    """A kill (power cut, ``kill -9``): nothing after it runs and no handler sees it."""


@contextlib.contextmanager
def killed_at_rename(step: int) -> Iterator[None]:
    """The process dies instead of doing its ``step``-th rename (0 = the first one)."""
    real = os.replace
    done = itertools.count()

    def replace(source: Any, target: Any) -> None:
        if next(done) == step:
            raise Killed(step)
        real(source, target)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", replace)
        yield


def _followed(start: keys.PublicKeys, folder: Path) -> keys.PublicKeys:
    """Where a peer that knows ``start`` gets by following this node's recorded rotations."""
    current = start
    for record in TrustStore(folder).own_rotations():
        if record["old_keys"] == current.as_dict():
            current = records.verify_rotation(record, current)
    return current


@pytest.mark.parametrize("sealed", [False, True], ids=["plain", "sealed"])
def test_a_rotation_killed_at_any_rename_leaves_usable_keys_peers_can_verify(
    tmp_path: Path, sealed: bool
) -> None:
    secret = (lambda: "correct horse") if sealed else None
    folder, pristine = tmp_path / "keys", tmp_path / "pristine"
    old = keys.generate(pristine, now=NOW, secret=secret).public
    in_flight = crypto.encrypt(b"in flight", [old.age_recipient])
    for step in itertools.count():
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(pristine, folder)
        staged: list[keys.NodeKeys] = []

        def record(
            before: keys.NodeKeys, after: keys.NodeKeys, staged: list[keys.NodeKeys] = staged
        ) -> None:
            staged.append(after)
            TrustStore(folder).add_own_rotation(records.rotation("node-1", before, after, NOW))

        try:
            with killed_at_rename(step):
                keys.rotate(folder, now=NOW, secret=secret, record=record)
        except Killed:
            finished = False
        else:
            finished = True
        keys._unsealed.clear()  # the passphrase must really open what is left
        loaded = keys.load(folder, secret)
        assert loaded.public in (old, *(k.public for k in staged)), step
        assert _followed(old, folder) == loaded.public, step
        assert loaded.decrypt(in_flight) == b"in flight", step
        assert not (folder / keys.ROTATING).exists(), step
        assert keys.load_public(folder) == loaded.public, step
        if sealed:
            assert not list(folder.rglob(keys.SIGNING)) and not list(folder.rglob(keys.IDENTITY))
            keys._unsealed.clear()
            with pytest.raises(KeyFilesError, match="sealed"):
                keys.load(folder)
        if finished:
            break
    assert step >= (9 if sealed else 11)  # the staged files, the records, every swap rename
    assert loaded.public != old


def test_a_rotation_killed_while_writing_the_new_keys_keeps_the_old_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review's case: killed right after the first new key file was written."""
    folder = tmp_path / "k"
    old = keys.generate(folder).public
    real = keys._write_private

    def once(path: Path, data: bytes) -> None:
        real(path, data)
        raise Killed

    monkeypatch.setattr(keys, "_write_private", once)
    with pytest.raises(Killed):
        keys.rotate(folder)
    monkeypatch.undo()
    assert keys.load(folder).public == old
    assert not (folder / keys.ROTATING).exists()
    assert keys.rotate(folder)[1].public == keys.load(folder).public != old


def test_a_rotation_whose_record_fails_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "k"
    old = keys.generate(folder).public

    def record(before: keys.NodeKeys, after: keys.NodeKeys) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        keys.rotate(folder, record=record)
    assert keys.load(folder).public == old
    assert not (folder / keys.ROTATING).exists() and not (folder / keys.RETIRED).exists()


def test_revocation_is_signed_by_the_revoking_node(tmp_path: Path) -> None:
    hq = keys.generate(tmp_path / "hq")
    laptop = keys.generate(tmp_path / "laptop")
    record = records.revocation("laptop-1", laptop.public, "hq-1", hq, "lost in Chisinau", NOW)
    records.verify_revocation(record, [laptop.public, hq.public])
    with pytest.raises(BadSignature, match="not signed by hq-1"):
        records.verify_revocation(record, [laptop.public])
    with pytest.raises(BadSignature):
        records.verify_revocation({**record, "node_id": "other"}, [hq.public])
