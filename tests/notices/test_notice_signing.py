from __future__ import annotations

import base64
import json

import pytest

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.notices import SiteSigner, content_hash, notice_qr_text, verify_payload
from lishui_desktop.notices.signing import (b64url, notice_payload, private_key_to_b64,
                                            public_key_from_b64, sign_payload)


def test_keys_are_raw_32_bytes_in_base64():
    s = SiteSigner.generate("331102100")
    assert len(base64.b64decode(s.public_b64)) == 32
    assert len(base64.b64decode(s.private_b64)) == 32
    again = SiteSigner.from_b64("331102100", s.private_b64)
    assert again.public_b64 == s.public_b64
    assert private_key_to_b64(again.private_key) == s.private_b64
    with pytest.raises(DomainError) as err:
        public_key_from_b64(base64.b64encode(b"short").decode())
    assert err.value.code == "notice.key"


def test_payload_is_compact_and_verifies(samples, signers, public_keys):
    n = samples["approval"]
    text = notice_qr_text(n, signers["331102"])
    body, sig = text.rsplit(".", 1)
    payload = json.loads(body)
    assert set(payload) == {"v", "site", "kind", "no", "app", "date", "h"}
    assert payload["h"] == b64url(bytes.fromhex(content_hash(n)))
    assert len(sig) == 86 and " " not in body
    assert len(text.encode()) < 300, "fits a QR of reasonable size"
    v = verify_payload(text, public_keys)
    assert (v.kind, v.number, v.site, v.issue_date) == ("approval", n.header.number, "331102",
                                                        n.header.issue_date)


def test_copy_flag_in_payload(samples, signers, public_keys):
    n = samples["refusal"].as_copy()
    payload = notice_payload(n, "331102")
    assert payload["cp"] == 1
    assert verify_payload(sign_payload(payload, signers["331102"]), public_keys).is_copy


@pytest.mark.parametrize("mutate", [
    lambda b, s: b.replace('"approval"', '"refusal"') + "." + s,
    lambda b, s: b.replace('"v":1', '"v":1 ') + "." + s,
    lambda b, s: b + "." + s[:-2] + ("AA" if s[-2:] != "AA" else "BB"),
])
def test_any_change_breaks_the_signature(samples, signers, public_keys, mutate):
    text = notice_qr_text(samples["approval"], signers["331102"])
    body, sig = text.rsplit(".", 1)
    with pytest.raises(DomainError) as err:
        verify_payload(mutate(body, sig), public_keys)
    assert err.value.code == "notice.signature"


def test_unknown_site_and_bad_format(samples, signers, public_keys):
    text = notice_qr_text(samples["approval"], SiteSigner.generate("331121"))
    with pytest.raises(DomainError) as err:
        verify_payload(text, public_keys)
    assert err.value.code == "notice.unknown_site"
    for bad in ["hello", "{}." + "A" * 86, "not json." + b64url(b"x" * 64), b"\xff\xfe"]:
        with pytest.raises(DomainError) as err:
            verify_payload(bad, public_keys)
        assert err.value.code == "notice.format"
    good = notice_qr_text(samples["approval"], signers["331102"])
    body, sig = good.rsplit(".", 1)
    payload = json.loads(body)
    del payload["h"]
    with pytest.raises(DomainError) as err:
        verify_payload(sign_payload(payload, signers["331102"]), public_keys)
    assert err.value.code == "notice.format"
